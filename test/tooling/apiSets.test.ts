/**
 * The manifest asks for the ExcelApi requirement set the code actually needs — not lower (the add-in
 * would load where calls then fail with ApiNotFound) and not higher (planners on older Excel would be
 * locked out for nothing). The table maps the Excel APIs our adapters call to the set that introduced
 * them (from @types/office-js "[Api set: ExcelApi x.y]"); extend it when new APIs are used.
 */
import { readFileSync } from "node:fs";
import { FACES, sourceFiles } from "./faceSources";
import { join } from "node:path";

const repo = join(__dirname, "..", "..");

/** Member pattern (as written in our code) -> ExcelApi version that introduced it. */
const API_SETS: ReadonlyArray<readonly [RegExp, string, string]> = [
  [/\.insertWorksheetsFromBase64\(/, "1.13", "Workbook.insertWorksheetsFromBase64"],
  [/\.valuesAsJson\b/, "1.16", "Range.valuesAsJson"],
  [/\.getMergedAreasOrNullObject\(/, "1.13", "Range.getMergedAreasOrNullObject"],
  [/\.getCellProperties\(/, "1.9", "Range.getCellProperties"],
  [/\.getRowProperties\(/, "1.9", "Range.getRowProperties"],
  [/\.setCellProperties\(/, "1.9", "Range.setCellProperties"],
  [/\.suspendScreenUpdatingUntilNextSync\(/, "1.9", "Application.suspendScreenUpdatingUntilNextSync"],
  [/\.getSpecialCells(OrNullObject)?\(/, "1.9", "Range.getSpecialCells"],
  [/\.pageLayout\b/, "1.9", "Worksheet.pageLayout"],
  [/\.horizontalPageBreaks\b/, "1.9", "Worksheet.horizontalPageBreaks"],
  [/\.autoFilter\b/, "1.9", "AutoFilter"],
  [/\.getRanges\(/, "1.9", "Worksheet.getRanges (RangeAreas)"],
  [/\.dataValidation\b/, "1.8", "Range.dataValidation"],
  [/\.enableEvents\b/, "1.8", "Runtime.enableEvents"],
  [/\.showGridlines\b/, "1.8", "Worksheet.showGridlines"],
  [/Excel\.createWorkbook\(/, "1.8", "Excel.createWorkbook"],
  [/\.freezePanes\b/, "1.7", "Worksheet.freezePanes"],
  [/\.tabColor\b/, "1.7", "Worksheet.tabColor"],
  [/\.hyperlink\b/, "1.7", "Range.hyperlink"],
  [/\.properties\.custom\b/, "1.7", "DocumentProperties.custom"],
  [/\.conditionalFormats\b/, "1.6", "Range.conditionalFormats"],
  [/\.suspendApiCalculationUntilNextSync\(/, "1.6", "Application.suspendApiCalculationUntilNextSync"],
  [/\.customXmlParts\b/, "1.5", "Workbook.customXmlParts"],
  [/\.getItemOrNullObject\(/, "1.4", "*.getItemOrNullObject"],
  [/\.getUsedRangeOrNullObject\(/, "1.4", "Worksheet.getUsedRangeOrNullObject"],
  [/\.names\.add\(/, "1.4", "NamedItemCollection.add"],
  [/\.settings\.add\(/, "1.4", "SettingCollection.add"],
  [/\.visibility\b/, "1.1", "Worksheet.visibility"],
  [/\.merge\(/, "1.2", "Range.merge"],
  [/\.autofitColumns\(/, "1.2", "RangeFormat.autofitColumns"],
  [/\.columnWidth\b/, "1.2", "RangeFormat.columnWidth"],
  [/\.getSelectedRange\(/, "1.1", "Workbook.getSelectedRange"],
];

const num = (v: string) => v.split(".").map(Number) as [number, number];
const cmp = (a: string, b: string) => num(a)[0] - num(b)[0] || num(a)[1] - num(b)[1];

function requiredSet(): { version: string; uses: string[] } {
  let version = "1.1";
  const uses: string[] = [];
  for (const file of FACES.flatMap((d) => sourceFiles(join(repo, d)))) {
    const text = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
    for (const [re, set, api] of API_SETS) {
      if (!re.test(text)) continue;
      uses.push(`${api} (${set}) in ${file.slice(repo.length + 1)}`);
      if (cmp(set, version) > 0) version = set;
    }
  }
  return { version, uses };
}

test("manifest's ExcelApi MinVersion equals the highest set the code uses", () => {
  const manifest = readFileSync(join(repo, "manifest.xml"), "utf8");
  const declared = /<Set Name="ExcelApi" MinVersion="([\d.]+)"\/>/.exec(manifest)?.[1];
  const { version, uses } = requiredSet();
  const needing = uses.filter((u) => u.includes(`(${version})`));
  expect({ declared, needing }).toEqual({ declared: version, needing });
});

test("the table catches an API above the declared set", () => {
  const [re, set] = API_SETS[0]!;
  expect(re.test("context.workbook.insertWorksheetsFromBase64(b64)")).toBe(true);
  expect(cmp(set, "1.9")).toBeGreaterThan(0);
});
