/**
 * Command-line arguments: positional values and `--flag value` options, declared per command so a
 * misspelt flag is a clear user error rather than a silently ignored word.
 */
import { UserError } from "./userError";

export interface OptionSpec {
  readonly name: string;
  /** "value": one value (last wins); "values": repeatable or several values up to the next flag; "boolean": no value. */
  readonly kind: "value" | "values" | "boolean";
  readonly help: string;
}

export interface ParsedArgs {
  readonly positional: string[];
  readonly values: ReadonlyMap<string, string[]>;
  readonly flags: ReadonlySet<string>;
}

export function parseArgs(argv: readonly string[], specs: readonly OptionSpec[], command: string): ParsedArgs {
  const positional: string[] = [];
  const values = new Map<string, string[]>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith("--") || a === "--") {
      positional.push(a);
      continue;
    }
    const [name, inline] = a.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    const spec = specs.find((s) => s.name === name);
    if (!spec) throw new UserError(`Opsi tidak dikenal untuk "${command}": --${name} (unknown option; lihat smartcity ${command} --help)`);
    if (spec.kind === "boolean") {
      flags.add(name);
      continue;
    }
    const list = values.get(name) ?? [];
    if (inline !== undefined) list.push(inline);
    else if (spec.kind === "value") {
      const v = argv[i + 1];
      if (v === undefined || v.startsWith("--")) throw new UserError(`Opsi --${name} memerlukan nilai (option needs a value)`);
      list.push(v);
      i++;
    } else {
      let n = 0;
      while (i + 1 < argv.length && !argv[i + 1]!.startsWith("--")) {
        list.push(argv[++i]!);
        n++;
      }
      if (n === 0 && inline === undefined) throw new UserError(`Opsi --${name} memerlukan setidaknya satu nilai (option needs a value)`);
    }
    values.set(name, list);
  }
  return { positional, values, flags };
}

/** The single value of an option (the last one given), or undefined. */
export function optionValue(args: ParsedArgs, name: string): string | undefined {
  const list = args.values.get(name);
  return list?.[list.length - 1];
}
