import { mkdtempSync, writeFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { parseWeightsJson, readWeightsFile, WeightsFileError } from "../../src/cli/weightsFile";

describe("--weights FILE", () => {
  const dir = mkdtempSync(join(tmpdir(), "weights-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reads JSON weights by criterion id", async () => {
    const f = join(dir, "bobot.json");
    writeFileSync(f, JSON.stringify({ impact: 0.4, cost: 0.6 }));
    expect(await readWeightsFile(f)).toEqual({ impact: 0.4, cost: 0.6 });
  });

  it("names the file and the bad key, with exit code 2", () => {
    const err = (() => {
      try {
        parseWeightsJson('{"impact": 0.4, "dampak": 0.6}', "bobot.json");
      } catch (e) {
        return e as WeightsFileError;
      }
      return null;
    })();
    expect(err).toBeInstanceOf(WeightsFileError);
    expect(err!.exitCode).toBe(2);
    expect(err!.message).toMatch(/^bobot\.json: kunci "dampak" tidak dikenal/);
    expect(() => parseWeightsJson('{"cost": "tinggi"}', "b.json")).toThrow(/b\.json: kunci "cost"/);
    expect(() => parseWeightsJson("impact=0.3", "b.json")).toThrow(/b\.json: bukan JSON/);
  });

  it("a missing file is a one-line error, not a stack trace", async () => {
    await expect(readWeightsFile(join(dir, "tidak-ada.json"))).rejects.toThrow(/tidak-ada\.json: file bobot tidak dapat dibaca \(ENOENT\)/);
  });
});
