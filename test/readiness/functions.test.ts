/** =SMARTCITY.READINESS and =SMARTCITY.LEVEL called the way Excel calls them: matrices, null optionals. */
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as path from "path";
import { installCustomFunctionsStub } from "../support/customFunctionsStub";

installCustomFunctionsStub();

// Loaded after the stub, as Excel loads functions.js into a runtime that has CustomFunctions.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fns = () => require("../../src/functions/functions") as typeof import("../../src/functions/functions");

describe("=SMARTCITY.READINESS(scores, [weights])", () => {
  test("equal weights when the optional weights argument is omitted (Excel passes null)", () => {
    expect(fns().readiness([[1], [2], [3], [4]], null as never)).toBeCloseTo(2.5);
  });

  test("weighted mean with a weights range of the same shape", () => {
    expect(fns().readiness([[1, 4]], [[3, 1]])).toBeCloseTo((3 + 4) / 4);
  });

  test("blank cells are ignored, not counted as zero", () => {
    expect(fns().readiness([[4, ""], [null, 2]], null as never)).toBe(3);
  });

  test("text with a decimal comma counts as a number", () => {
    expect(fns().readiness([["3,5"], [2.5]], null as never)).toBe(3);
  });

  test("an invalid cell is #VALUE! with a message naming its position", () => {
    expect(() => fns().readiness([[3, 2], [1, "ya"]], null as never)).toThrow(expect.objectContaining({ code: "#VALUE!", message: expect.stringMatching(/baris 2, kolom B/) }));
  });

  test("weights of another shape are #VALUE!", () => {
    expect(() => fns().readiness([[1], [2]], [[1, 1]])).toThrow(expect.objectContaining({ code: "#VALUE!", message: expect.stringMatching(/Ukuran bobot/) }));
  });

  test("an all-blank range is #VALUE!, not 0", () => {
    expect(() => fns().readiness([[""], [null]], null as never)).toThrow(expect.objectContaining({ code: "#VALUE!" }));
  });
});

describe("=SMARTCITY.LEVEL(index, [profile])", () => {
  test("default profile names the predicate and nearest level", () => {
    expect(fns().level(3.55, null as never)).toBe("Sangat Siap (level 4 Optimal)");
    expect(fns().level(2.5, null as never)).toBe("Siap (level 3 Terlaksana)");
    expect(fns().level(0.4, null as never)).toBe("Belum Siap (level 1 Inisiasi)");
  });

  test("the SPBE profile uses PermenPAN-RB 59/2020 predicates", () => {
    expect(fns().level(4.2, "spbe5")).toBe("Memuaskan (level 4 Terpadu dan Terukur)");
    expect(fns().level(1.79, "spbe5")).toBe("Kurang (level 2 Terkelola)");
  });

  test("out-of-scale indices and unknown profiles are #VALUE!", () => {
    expect(() => fns().level(4.5, null as never)).toThrow(expect.objectContaining({ code: "#VALUE!" }));
    expect(() => fns().level(0.5, "spbe5")).toThrow(expect.objectContaining({ code: "#VALUE!" }));
    expect(() => fns().level(2, "iso")).toThrow(expect.objectContaining({ code: "#VALUE!", message: expect.stringMatching(/spbe5/) }));
  });
});

describe("metadata", () => {
  test("generateCustomFunctionsMetadata lists READINESS (matrix, optional weights) and LEVEL", async () => {
    const result = await generateCustomFunctionsMetadata(path.join(__dirname, "../../src/functions/functions.ts"));
    expect(result.errors).toEqual([]);
    const meta = JSON.parse(result.metadataJson) as { functions: Array<{ id: string; parameters: Array<{ name: string; dimensionality?: string; optional?: boolean }> }> };
    const readiness = meta.functions.find((f) => f.id === "READINESS")!;
    expect(readiness.parameters.map((p) => [p.name, p.dimensionality, p.optional ?? false])).toEqual([
      ["scores", "matrix", false],
      ["weights", "matrix", true],
    ]);
    const level = meta.functions.find((f) => f.id === "LEVEL")!;
    expect(level.parameters.map((p) => [p.name, p.optional ?? false])).toEqual([
      ["index", false],
      ["profile", true],
    ]);
  });
});
