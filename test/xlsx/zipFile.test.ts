/** The Node save's zip: parts compressed chunk by chunk read back byte for byte, by JSZip and by unzip. */
import { execFileSync } from "child_process";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { crc32 } from "zlib";
import JSZip from "jszip";
import { crc32Combine, segment, zipParts } from "../../src/xlsx/zipFile";

const text = (n: number, seed: string) => new TextEncoder().encode(Array.from({ length: n }, (_, i) => `<row r="${i}">${seed}${i % 97}</row>`).join(""));

describe("zip with chunk-compressed parts", () => {
  it("combines CRC-32s of consecutive pieces into the CRC-32 of the whole", () => {
    const a = text(1000, "a");
    const b = text(3000, "bé");
    const whole = new Uint8Array([...a, ...b]);
    expect(crc32Combine(crc32(a), crc32(b), b.length)).toBe(crc32(whole));
    expect(crc32Combine(crc32(a), crc32(new Uint8Array()), 0)).toBe(crc32(a));
  });

  it("an entry made of several deflate runs unzips to the chunks joined, in JSZip and in unzip", async () => {
    const chunks = [text(5, "head"), text(20000, "body"), new Uint8Array(), text(7000, "more"), text(3, "tail")];
    const whole = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of chunks) {
      whole.set(c, at);
      at += c.length;
    }
    const bytes = zipParts([
      { name: "xl/worksheets/sheet1.xml", segments: chunks.map((c, i) => segment(c, i === chunks.length - 1)) },
      { name: "docProps/app.xml", segments: [segment(text(10, "x"), true)] },
    ]);
    expect(bytes.length).toBeLessThan(whole.length / 5);
    const zip = await JSZip.loadAsync(bytes);
    expect(Buffer.from(await zip.file("xl/worksheets/sheet1.xml")!.async("uint8array")).equals(Buffer.from(whole))).toBe(true);
    expect(await zip.file("docProps/app.xml")!.async("string")).toBe(new TextDecoder().decode(text(10, "x")));

    const dir = mkdtempSync(join(tmpdir(), "zipfile-"));
    try {
      writeFileSync(join(dir, "t.zip"), bytes);
      let out: string;
      try {
        out = execFileSync("unzip", ["-t", join(dir, "t.zip")], { encoding: "utf8" });
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "ENOENT") return; // no unzip on this machine: JSZip's check above stands
        throw e;
      }
      expect(out).toMatch(/No errors detected/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
