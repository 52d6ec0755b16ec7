/**
 * Atomic writes: the old output stays whole whatever happens during a write (a failure, a full disk, a
 * kill), and no temporary file is left next to it.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, promises as fsp, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { temporaryPathFor, writeFileAtomic } from "../../src/xlsx/atomicWrite";
import { cli, expectSentence, leftoverTemps, RENJA_CSV, tempDir } from "./support";

const t = tempDir("atomic");
afterAll(() => t.cleanup());

test("a write replaces the old content whole and leaves no temporary file", async () => {
  const target = t.path("out.csv");
  writeFileSync(target, "lama");
  await writeFileAtomic(target, "baru");
  expect(readFileSync(target, "utf8")).toBe("baru");
  expect(leftoverTemps(t.dir)).toEqual([]);
});

test("the temporary name is short whatever the target is called (a 250-byte name still saves)", async () => {
  const name = "a".repeat(245) + ".csv";
  expect(Buffer.byteLength(temporaryPathFor(t.path(name)).slice(t.dir.length + 1))).toBeLessThan(60);
  await writeFileAtomic(t.path(name), "isi");
  expect(readFileSync(t.path(name), "utf8")).toBe("isi");
});

test("a failed rename (the target is a folder) removes the temporary file", async () => {
  const dir = t.path("sub");
  mkdirSync(join(dir, "target.csv"), { recursive: true });
  await expect(writeFileAtomic(join(dir, "target.csv"), "x")).rejects.toThrow();
  expect(leftoverTemps(dir)).toEqual([]);
});

test("disk full during map: exit 2 naming the file, the previous output intact, no .tmp left", async () => {
  const input = t.path("in.csv");
  writeFileSync(input, RENJA_CSV);
  const out = t.path("hasil.csv");
  expect((await cli("map", input, "--out", out)).code).toBe(0);
  const before = readFileSync(out);
  const realOpen = fsp.open;
  const spy = jest.spyOn(fsp, "open").mockImplementation(async (...a: Parameters<typeof fsp.open>) => {
    const h = await realOpen(...a);
    if (String(a[0]).endsWith(".tmp"))
      h.writeFile = async () => {
        throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
      };
    return h;
  });
  try {
    const r = await cli("map", input, "--out", out);
    expect(r.code).toBe(2);
    expectSentence(r);
    expect(r.text).toMatch(/disk penuh/);
    expect(r.text).toContain("hasil.csv");
  } finally {
    spy.mockRestore();
  }
  expect(readFileSync(out).equals(before)).toBe(true);
  expect(leftoverTemps(t.dir)).toEqual([]);
});

test("killed in the middle of a write: the old file is whole (and SIGTERM removes the temporary file)", async () => {
  const target = t.path("besar.bin");
  const old = Buffer.alloc(1024 * 1024, 1);
  writeFileSync(target, old);
  // A child writing 64 MB atomically, over and over, until it is stopped.
  const script = `
    const { writeFileAtomic } = require(${JSON.stringify(join(__dirname, "../../src/xlsx/atomicWrite"))});
    const data = Buffer.alloc(64 * 1024 * 1024, 2);
    (async () => { process.stdout.write("go\\n"); for (;;) await writeFileAtomic(${JSON.stringify(target)}, data); })();`;
  for (const signal of ["SIGKILL", "SIGTERM"] as const) {
    const child = spawn(process.execPath, ["--require", require.resolve("tsx/cjs"), "-e", script], { stdio: ["ignore", "pipe", "inherit"] });
    await new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
    await new Promise((r) => setTimeout(r, 150));
    const exited = new Promise((r) => child.once("exit", r));
    child.kill(signal);
    await exited;
    const now = readFileSync(target);
    // Either the old file or a complete new one, never a mix or a stub.
    expect(now.length === old.length ? now.equals(old) : now.length === 64 * 1024 * 1024 && now.every((b) => b === 2)).toBe(true);
    // SIGTERM: cleaned up on the way out. SIGKILL cannot be caught: the next write in the folder removes it.
    if (signal === "SIGTERM") expect(leftoverTemps(t.dir)).toEqual([]);
    else {
      await writeFileAtomic(t.path("lain.txt"), "x");
      expect(leftoverTemps(t.dir)).toEqual([]);
    }
  }
}, 20000);

test("output folder missing, a path through a file, a name too long: exit 2, one line naming it", async () => {
  const input = t.path("in2.csv");
  writeFileSync(input, RENJA_CSV);
  const cases: Array<[string, RegExp]> = [
    [t.path("tidak-ada", "hasil.csv"), /folder .* tidak ada/],
    [join(input, "hasil.csv"), /bukan folder|not a directory/],
    [t.path("x".repeat(300) + ".csv"), /terlalu panjang|too long/],
  ];
  for (const [out, why] of cases) {
    for (const argv of [["map", input, "--out", out], ["build", input, "--out", out.replace(/\.csv$/, ".xlsx")]]) {
      const r = await cli(...argv);
      expect(r.code).toBe(2);
      expectSentence(r);
      expect(r.text).toMatch(why);
      expect(r.err).toHaveLength(1);
    }
  }
  expect(existsSync(t.path("tidak-ada"))).toBe(false);
});
