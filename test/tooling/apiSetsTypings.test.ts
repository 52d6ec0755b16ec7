/**
 * Every Office, Excel and CustomFunctions member our faces use, resolved by the TypeScript checker to its
 * declaration in the installed typings (@types/office-js, @types/custom-functions-runtime), whose
 * `[Api set: X y.z]` tag says which requirement set brings it. The manifest must ask for at least that
 * set (ExcelApi, CustomFunctionsRuntime and any other set), unless the use is guarded by
 * `isSetSupported("X", …)` in the same file. No hand-kept table: a new API is caught the day it is used.
 */
import { readFileSync } from "node:fs";
import { FACES, sourceFiles } from "./faceSources";
import { join, relative } from "node:path";
import ts from "typescript";

const repo = join(__dirname, "..", "..");
const num = (v: string) => v.split(".").map(Number) as [number, number];
const cmp = (a: string, b: string) => num(a)[0] - num(b)[0] || num(a)[1] - num(b)[1];

interface Use {
  readonly set: string;
  readonly version: string;
  readonly member: string;
  readonly where: string;
}

/** The `[Api set: Name x.y]` tag in the doc comment of a declaration in the Office typings, if any. */
function apiSetOf(decl: ts.Declaration): { set: string; version: string } | null {
  const sf = decl.getSourceFile();
  if (!/@types[\\/](office-js|custom-functions-runtime|office-runtime)[\\/]/.test(sf.fileName)) return null;
  const ranges = ts.getLeadingCommentRanges(sf.text, decl.getFullStart()) ?? [];
  for (const r of ranges) {
    const m = /\[Api set: ([A-Za-z]+) (\d+\.\d+)/.exec(sf.text.slice(r.pos, r.end));
    if (m) return { set: m[1]!, version: m[2]! };
  }
  return null;
}

/**
 * Requirement sets of other hosts. Members of the shared `Office` namespace carry them when Outlook (or
 * Word…) supports the member ("Office.EventType.OfficeThemeChanged: [Api set: Mailbox 1.14]"); they say
 * nothing about Excel and cannot be declared in an Excel manifest.
 */
const OTHER_HOSTS = new Set(["Mailbox", "WordApi", "WordApiDesktop", "PowerPointApi", "OneNoteApi", "OutlookApi", "VisioApi", "ProjectApi"]);

function usedApiSets(): Use[] {
  const files = FACES.flatMap((d) => sourceFiles(join(repo, d)));
  const config = ts.parseJsonConfigFileContent(JSON.parse(readFileSync(join(repo, "tsconfig.json"), "utf8")), ts.sys, repo);
  const program = ts.createProgram(files, { ...config.options, noEmit: true });
  const checker = program.getTypeChecker();
  const uses: Use[] = [];
  for (const file of files) {
    const sf = program.getSourceFile(file);
    if (!sf) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        const sym = checker.getSymbolAtLocation(node.name);
        for (const decl of sym?.declarations ?? []) {
          const tag = apiSetOf(decl);
          if (tag && !OTHER_HOSTS.has(tag.set)) {
            const { line } = sf.getLineAndCharacterOfPosition(node.getStart());
            uses.push({ ...tag, member: node.getText(sf).replace(/\s+/g, "").slice(-60), where: `${relative(repo, file)}:${line + 1}` });
            break;
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return uses;
}

function manifestSets(): Map<string, string> {
  const xml = readFileSync(join(repo, "manifest.xml"), "utf8");
  const out = new Map<string, string>();
  const top = /<Requirements>([\s\S]*?)<\/Requirements>/.exec(xml)?.[1] ?? "";
  for (const m of top.matchAll(/<Set Name="([^"]+)" MinVersion="([\d.]+)"\/>/g)) out.set(m[1]!, m[2]!);
  return out;
}

/** Files that check a set at run time before using it (`isSetSupported("DialogApi", "1.2")`). */
function guarded(set: string, file: string): boolean {
  return new RegExp(`isSetSupported\\(\\s*["']${set}["']`).test(readFileSync(join(repo, file.replace(/:\d+$/, "")), "utf8"));
}

let uses: Use[] = [];
beforeAll(() => {
  uses = usedApiSets();
}, 120000);

test("the typings are read: uses of Excel and CustomFunctions members are found with their sets", () => {
  expect(uses.some((u) => u.set === "ExcelApi")).toBe(true);
  expect(uses.some((u) => u.set === "CustomFunctionsRuntime" && /ErrorCode\.invalidValue$/.test(u.member))).toBe(true);
});

test("the manifest asks for every requirement set the code uses, at the highest version used", () => {
  const declared = manifestSets();
  const problems: string[] = [];
  const highest = new Map<string, Use>();
  for (const u of uses) {
    const h = highest.get(u.set);
    if (!h || cmp(u.version, h.version) > 0) highest.set(u.set, u);
  }
  for (const [set, u] of highest) {
    const have = declared.get(set);
    const unguarded = uses.filter((x) => x.set === set && (!have || cmp(x.version, have) > 0) && !guarded(set, x.where));
    if (unguarded.length > 0) problems.push(`${set} ${u.version} needed (manifest: ${have ?? "none"}): ${unguarded.slice(0, 3).map((x) => `${x.member} (${x.version}) at ${x.where}`).join("; ")}`);
  }
  expect(problems).toEqual([]);
});

test("and not higher than needed: CustomFunctionsRuntime and ExcelApi equal the highest version used", () => {
  const declared = manifestSets();
  for (const set of ["CustomFunctionsRuntime", "ExcelApi"]) {
    const max = uses.filter((u) => u.set === set && !guarded(set, u.where)).reduce((m, u) => (cmp(u.version, m) > 0 ? u.version : m), "1.1");
    expect({ set, declared: declared.get(set) }).toEqual({ set, declared: max });
  }
});
