/**
 * `smartcity`: the command table and the one place that turns errors into exit codes — 0 done, 2 the
 * user's input needs fixing (one clear line per problem, never a stack trace), 1 our bug.
 * To add a command, add one entry to COMMANDS.
 */
import { parseArgs, type OptionSpec, type ParsedArgs } from "./args";
import { buildCommand, buildOptions, type CliIo } from "./build";
import { demoCommand } from "./demo";
import { mapCommand, mapOptions } from "./mapCommand";
import { isUserError } from "./userError";
import { questionnaireCommand } from "./readiness";
import { commitmentCommand, innovationCommand, INNOVATION_OPTIONS } from "./innovation";
import { fileSystemCode, fileSystemMessage } from "./fileSystemError";

/** A message as one line of bounded length: input echoed back never floods the terminal. */
export function oneLine(text: string, max = 600): string {
  const flat = text.replace(/[\u0000-\u001f\u007f]+/g, " ").replace(/ {2,}/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max)}… (${flat.length} karakter)` : flat;
}

export interface Command {
  readonly name: string;
  readonly usage: string;
  readonly summary: string;
  readonly options: () => readonly OptionSpec[];
  readonly run: (args: ParsedArgs, io: CliIo) => Promise<number>;
}

const HELP: OptionSpec = { name: "help", kind: "boolean", help: "bantuan" };

export const COMMANDS: Command[] = [
  { name: "build", usage: "smartcity build FILE... --out OUT.xlsx [--mapping MAP.json]", summary: "impor workbook/CSV OPD dan tulis lembar Masterplan", options: buildOptions, run: buildCommand },
  { name: "map", usage: "smartcity map INPUT.xlsx|INPUT.csv --out OUT.csv", summary: "petakan nama program/inovasi ke pilar smart city (CSV dengan Pilar, Elemen, Keyakinan, Alasan)", options: mapOptions, run: mapCommand },
  { name: "questionnaire", usage: "smartcity questionnaire --out DIR [--workbook PLAN.xlsx]", summary: "tulis kuesioner kesiapan, satu workbook per OPD", options: () => [{ name: "out", kind: "value", help: "folder keluaran" }, { name: "workbook", kind: "value", help: "workbook Masterplan: profil dari Pengaturan, butir dari Kesiapan" }, { name: "force", kind: "boolean", help: "ganti file di folder yang bukan kuesioner (kuesioner yang sudah diisi tidak pernah ditimpa)" }, HELP], run: questionnaireCommand },
  { name: "innovation", usage: "smartcity innovation [FILE...] --out DIR [--workbook PLAN.xlsx]", summary: "tulis lembar kerja inovasi, satu workbook per OPD (diisi tanpa add-in, digabung dengan build --innovations)", options: () => INNOVATION_OPTIONS, run: innovationCommand },
  { name: "commitment", usage: "smartcity commitment --out DIR --workbook PLAN.xlsx", summary: "tulis lembar Komitmen, satu workbook per OPD untuk ditandatangani", options: () => INNOVATION_OPTIONS, run: commitmentCommand },
  { name: "demo", usage: "smartcity demo --out DIR", summary: "buat sampel OPD di DIR/samples dan DIR/masterplan-demo.xlsx", options: () => [{ name: "out", kind: "value", help: "folder keluaran" }, HELP], run: demoCommand },
];

function helpText(): string {
  const w = COMMANDS.reduce((m, c) => Math.max(m, c.usage.length), 0);
  return [
    "smartcity — Masterplan Smart City dari baris perintah (command line)",
    "",
    "Perintah:",
    ...COMMANDS.map((c) => `  ${c.usage.padEnd(w)}  ${c.summary}`),
    "",
    "Kode keluar: 0 selesai, 2 masukan perlu diperbaiki (pesan menyebut file, lembar dan sel), 1 galat internal.",
  ].join("\n");
}

function commandHelp(c: Command): string {
  return [`Pemakaian: ${c.usage}`, c.summary, "", ...c.options().map((o) => `  --${o.name}${o.kind === "boolean" ? "" : " ..."}  ${o.help}`)].join("\n");
}

export async function main(argv: readonly string[], io: CliIo = { out: (l) => console.log(l), err: (l) => console.error(l) }): Promise<number> {
  try {
    const [name, ...rest] = argv;
    if (!name || name === "--help" || name === "-h" || name === "help") {
      io.out(helpText());
      return 0;
    }
    const cmd = COMMANDS.find((c) => c.name === name);
    if (!cmd) {
      io.err(`Perintah tidak dikenal: ${name} (unknown command)\n${helpText()}`);
      return 2;
    }
    const options = cmd.options();
    const args = parseArgs(rest, options.some((o) => o.name === "help") ? options : [...options, HELP], cmd.name);
    if (args.flags.has("help")) {
      io.out(commandHelp(cmd));
      return 0;
    }
    return await cmd.run(args, io);
  } catch (e) {
    // A file-system failure that slipped past a command's own wording is still about a path the user gave.
    if (!isUserError(e) && fileSystemCode(e)) {
      io.err(`GALAT: ${oneLine(fileSystemMessage(e, (e as NodeJS.ErrnoException).path ?? "?", "membaca/menulis"))}`);
      return 2;
    }
    if (isUserError(e)) {
      io.err(`GALAT: ${oneLine(e.message)}`);
      for (const d of (e as { details?: readonly string[] }).details ?? []) io.err(`GALAT: ${oneLine(d)}`);
      const problems = (e as { problems?: readonly string[] }).problems;
      if (problems && e.name === "MappingError") for (const p of problems.slice(1)) io.err(`GALAT: ${oneLine(p)}`);
      return 2;
    }
    // Our bug: one line to report; the stack only when asked for (SMARTCITY_DEBUG=1).
    io.err(`Galat internal, mohon laporkan (internal error, please report): ${oneLine(e instanceof Error ? `${e.name}: ${e.message}` : String(e))}`);
    if (process.env.SMARTCITY_DEBUG && e instanceof Error && e.stack) io.err(e.stack);
    return 1;
  }
}

// Run when loaded by bin/smartcity.js (or `tsx src/cli/main.ts`), not when imported by tests.
const entry = require.main?.filename ?? "";
if (require.main === module || /smartcity(\.js)?$/.test(entry)) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      console.error(`Galat internal, mohon laporkan (internal error, please report): ${oneLine(e instanceof Error ? e.message : String(e))}`);
      process.exitCode = 1;
    },
  );
}
