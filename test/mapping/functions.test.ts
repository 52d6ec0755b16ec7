/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-require-imports -- Excel passes untyped values; the module is required after the CustomFunctions stub exists. */
/**
 * =SMARTCITY.PILLAR / ELEMENT called the way Excel calls them: matrices for ranges (a single cell is
 * [[v]]), null for omitted optionals, #N/A as CustomFunctions.Error. The metadata generated from the
 * JSDoc is checked too, since a wrong tag silently breaks the functions in Excel.
 */
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { join } from "node:path";
import { installCustomFunctionsStub } from "../support/customFunctionsStub";

installCustomFunctionsStub();

// Required after the stub exists (functions.ts refers to the global only when called).
const fns = () => require("../../src/functions/functions") as typeof import("../../src/functions/functions");

describe("SMARTCITY.PILLAR and SMARTCITY.ELEMENT", () => {
  it("a single cell with omitted code and OPD (the classifier loads on the first call)", async () => {
    expect(await fns().pillar([["Bank Sampah Digital"]], null as any, null as any)).toEqual([["Smart Environment"]]);
    expect(await fns().element([["Bank Sampah Digital"]], null as any, null as any)).toEqual([["Sampah dan Limbah"]]);
  });
  it("uses the code and OPD when given", async () => {
    expect(await fns().pillar([["Kegiatan Rutin"]], [["1.03.10"]], null as any)).toEqual([["Smart Living"]]);
    expect(await fns().element([["Kegiatan Rutin"]], [["1.03.10"]], null as any)).toEqual([["Mobilitas"]]);
    expect(await fns().pillar([["Kegiatan Rutin"]], null as any, [["Disdukcapil"]])).toEqual([["Smart Governance"]]);
  });
  it("a range of names spills one result per row, with code/OPD per row", async () => {
    const names = [["Telemedicine Puskesmas"], ["Kegiatan Rutin"], [""], ["Xyz Qwerty"]];
    const codes = [[""], ["2.15.02"], [""], [""]];
    const out = await fns().pillar(names, codes, null as any);
    expect(out.slice(0, 3)).toEqual([["Smart Living"], ["Smart Living"], [""]]);
    expect(out[3]![0]).toEqual(expect.objectContaining({ code: "#N/A" }));
  });
  it("a single name with no evidence shows #N/A", async () => {
    await expect(fns().pillar([["Xyz Qwerty"]], null as any, null as any)).rejects.toEqual(expect.objectContaining({ code: "#N/A" }));
  });
  it("the optional description gives a brand-like name its evidence", async () => {
    // "Simata Pipit" says nothing by itself: #N/A; its description names the affair.
    await expect(fns().pillar([["Simata Pipit"]], null as any, null as any)).rejects.toEqual(expect.objectContaining({ code: "#N/A" }));
    expect(await fns().pillar([["Simata Pipit"]], null as any, null as any, [["pemantauan imunisasi dan gizi balita di posyandu"]])).toEqual([["Smart Living"]]);
    // A range of descriptions, one per row.
    const out = await fns().pillar([["Simata Pipit"], ["Ambulance Dering"]], null as any, null as any, [["bank sampah digital"], [""]]);
    expect(out[0]).toEqual(["Smart Environment"]);
  });
  it("the pure implementation also takes a scalar", () => {
    const { pillarOfName } = require("../../src/functions/mapping");
    expect(pillarOfName("Lakone (Layanan Administrasi Kependudukan Online)", null, null)).toBe("Smart Governance");
  });
});

describe("generated custom-functions metadata", () => {
  it("lists PILLAR and ELEMENT with name, optional code, opd and description, spilling", async () => {
    const result = await generateCustomFunctionsMetadata(join(__dirname, "../../src/functions/functions.ts"));
    expect(result.errors).toEqual([]);
    const meta = JSON.parse(result.metadataJson);
    for (const id of ["PILLAR", "ELEMENT"]) {
      const f = meta.functions.find((x: any) => x.id === id);
      expect(f).toBeDefined();
      expect(f.parameters.map((p: any) => [p.name, !!p.optional, p.dimensionality])).toEqual([
        ["name", false, "matrix"],
        ["code", true, "matrix"],
        ["opd", true, "matrix"],
        ["description", true, "matrix"],
      ]);
      expect(f.result.dimensionality).toBe("matrix");
    }
  });
});
