/** `smartcity build --each DIR... --out OUTDIR`: one masterplan per region folder, in one process. */
import { existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { buildCommand, type CliIo } from "../../src/cli/build";
import { parseArgs } from "../../src/cli/args";
import { buildOptions } from "../../src/cli/build";
import { FileWorkbook } from "../../src/xlsx/fileWorkbook";
import { buildSamples, type BuiltSample } from "../../scripts/samples/sampleWorkbooks";

function io(): CliIo & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (l) => lines.push(l), err: (l) => errors.push(l) };
}

const programsLine = (lines: readonly string[], after: string) => {
  const at = lines.findIndex((l) => l.startsWith(`== ${after} `));
  const line = lines.slice(at).find((l) => l.startsWith("File dibaca:"))!;
  return Number(/baris program: (\d+)/.exec(line)![1]);
};

async function programText(path: string): Promise<string> {
  const wb = await FileWorkbook.open(path);
  return JSON.stringify((await wb.readSheet("Program")).values);
}

describe("build --each", () => {
  let dir: string;
  let samples: BuiltSample[];
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "build-each-"));
    samples = await buildSamples();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes one masterplan per region from that region's files only, and reports a region without files", async () => {
    const region = (name: string, files: BuiltSample[]) => {
      const d = join(dir, name);
      mkdirSync(d, { recursive: true });
      for (const s of files) writeFileSync(join(d, s.file), s.data);
      return d;
    };
    const a = region("Kabupaten Contoh", [samples[0]!, samples[1]!]);
    // Excel's lock file beside an open workbook is not an OPD file.
    writeFileSync(join(a, `~$${samples[0]!.file}`), "not a workbook");
    const b = region("Kota Contoh", [samples[2]!, samples[4]!]);
    const empty = region("Kabupaten Kosong", []);
    const out = join(dir, "provinsi");

    const got = io();
    const code = await buildCommand(parseArgs(["--each", a, b, empty, "--out", out], buildOptions(), "build"), got);

    expect(code).toBe(2); // the empty region needs fixing; the others were still built
    expect(got.errors.join("\n")).toMatch(/Kabupaten Kosong: .*tidak ada file/);
    expect(existsSync(join(out, "Kabupaten Kosong.xlsx"))).toBe(false);
    expect(programsLine(got.lines, "Kabupaten Contoh")).toBe(samples[0]!.truth.length + samples[1]!.truth.length);
    expect(programsLine(got.lines, "Kota Contoh")).toBe(samples[2]!.truth.length + samples[4]!.truth.length);

    const textA = await programText(join(out, "Kabupaten Contoh.xlsx"));
    const textB = await programText(join(out, "Kota Contoh.xlsx"));
    expect(textA).toContain(samples[0]!.truth[0]!.name);
    expect(textA).not.toContain(samples[2]!.truth[0]!.name);
    expect(textB).toContain(samples[2]!.truth[0]!.name);
    expect(textB).not.toContain(samples[0]!.truth[0]!.name);
  });

  it("refuses loose files, an .xlsx as --out and two regions with the same folder name, before writing", async () => {
    const out = join(dir, "keluar");
    const run = (argv: string[]) => buildCommand(parseArgs(argv, buildOptions(), "build"), io());
    await expect(run(["lepas.xlsx", "--each", join(dir, "x"), "--out", out])).rejects.toThrow(/folder wilayah saja/);
    await expect(run(["--each", join(dir, "x"), "--out", join(dir, "satu.xlsx")])).rejects.toThrow(/folder, bukan file/);
    await expect(run(["--each", join(dir, "p", "Sleman"), join(dir, "q", "Sleman"), "--out", out])).rejects.toThrow(/bernama sama "Sleman"/);
    expect(existsSync(out)).toBe(false);
  });
});
