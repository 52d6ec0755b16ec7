/** =SMARTCITY.QUICKWIN, RANK and QUADRANT called the way Excel calls them: matrices, null optionals. */
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as path from "path";
import { installCustomFunctionsStub } from "../support/customFunctionsStub";
import { setCurrentWeights } from "../../src/functions/sharedSettings";

installCustomFunctionsStub();
afterEach(() => setCurrentWeights(null));

// eslint-disable-next-line @typescript-eslint/no-require-imports
const fns = () => require("../../src/functions/functions") as typeof import("../../src/functions/functions");

describe("=SMARTCITY.QUICKWIN(impact, feasibility, cost, months, [weights])", () => {
  test("the best possible initiative scores 1 and the worst 0", () => {
    expect(fns().quickwin(5, 5, 100_000_000, 0, null as never)).toBeCloseTo(1, 12);
    expect(fns().quickwin(1, 1, 100_000_000_000, 60, null as never)).toBeCloseTo(0, 12);
  });

  test("a cheaper and shorter initiative scores higher, all else equal", () => {
    expect(fns().quickwin(4, 3, 5e8, 12, null as never)).toBeGreaterThan(fns().quickwin(4, 3, 5e9, 12, null as never));
    expect(fns().quickwin(4, 3, 5e8, 12, null as never)).toBeGreaterThan(fns().quickwin(4, 3, 5e8, 36, null as never));
  });

  test("a weights range counts (row or column, 4 values)", () => {
    // Only impact weighs: the score is impact's normalized value (4 → 0.75).
    expect(fns().quickwin(4, 1, 1e11, 60, [[1, 0, 0, 0]])).toBeCloseTo(0.75, 12);
    expect(fns().quickwin(4, 1, 1e11, 60, [[1], [0], [0], [0]])).toBeCloseTo(0.75, 12);
  });

  test("without [weights] it uses the weights the task pane set", () => {
    const before = fns().quickwin(5, 1, 1e11, 60, null as never);
    setCurrentWeights({ impact: 1 });
    expect(fns().quickwin(5, 1, 1e11, 60, null as never)).toBeCloseTo(1, 12);
    expect(before).toBeLessThan(1);
  });

  test("an impact outside 1–5 or a wrong weights range is #VALUE! with a message", () => {
    expect(() => fns().quickwin(7, 3, 1e9, 12, null as never)).toThrow(expect.objectContaining({ code: "#VALUE!", message: expect.stringMatching(/dampak/) }));
    expect(() => fns().quickwin(3, 3, 1e9, 12, [[1, 2, 3]])).toThrow(expect.objectContaining({ code: "#VALUE!", message: expect.stringMatching(/bobot/) }));
  });
});

describe("=SMARTCITY.RANK(scores)", () => {
  test("spills ranks in the same shape, ties share a rank", () => {
    expect(fns().rank([[0.9], [0.7], [0.7], [0.5]])).toEqual([[1], [2], [2], [4]]);
    expect(fns().rank([[0.2, 0.8, 0.5]])).toEqual([[3, 1, 2]]);
  });
  test("blank cells stay blank and are not ranked", () => {
    expect(fns().rank([[0.4], [""], [0.6]])).toEqual([[2], [""], [1]]);
  });
});

describe("=SMARTCITY.QUADRANT(impact, effort)", () => {
  test("returns the Indonesian labels", () => {
    expect(fns().quadrant(5, 1)).toBe("Quick Win");
    expect(fns().quadrant(5, 5)).toBe("Proyek Besar");
    expect(fns().quadrant(1, 1)).toBe("Pengisi");
    expect(fns().quadrant(1, 5)).toBe("Pertimbangkan Ulang");
  });
});

test("the metadata generator lists QUICKWIN, RANK and QUADRANT with a matrix for ranges", async () => {
  const meta = await generateCustomFunctionsMetadata(path.join(__dirname, "../../src/functions/functions.ts"));
  expect(meta.errors).toEqual([]);
  const fnsMeta = (JSON.parse(meta.metadataJson) as { functions: Array<{ id: string; parameters: Array<{ name: string; dimensionality?: string; optional?: boolean }>; result: { dimensionality?: string } }> }).functions;
  const byId = new Map(fnsMeta.map((f) => [f.id, f]));
  for (const id of ["QUICKWIN", "RANK", "QUADRANT"]) expect(byId.has(id)).toBe(true);
  const qw = byId.get("QUICKWIN")!;
  expect(qw.parameters.map((p) => p.name)).toEqual(["impact", "feasibility", "cost", "months", "weights"]);
  expect(qw.parameters[4]).toMatchObject({ dimensionality: "matrix", optional: true });
  expect(byId.get("RANK")!.parameters[0]!.dimensionality).toBe("matrix");
  expect(byId.get("RANK")!.result.dimensionality).toBe("matrix");
});
