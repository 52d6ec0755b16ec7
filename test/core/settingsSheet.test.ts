/** `Pengaturan` as a planner reads it: the plan's first year is a year (2027), not a number with a separator. */
import { layoutSheet } from "../../src/core/layout";
import { defaultSettings, settingLabels, settingsDocument } from "../../src/core/settings";
import { cellAddress } from "../../src/core/cellAddress";
import { FileWorkbook } from "../../src/xlsx/fileWorkbook";
import { readBackLayout } from "../support/xlsxReadback";

it("writes the plan start year without a thousands separator, and other whole numbers with one", async () => {
  const settings = { ...defaultSettings(new Date(Date.UTC(2026, 11, 3))), planStartYear: 2027 };
  const layout = layoutSheet(settingsDocument(settings));
  const file = FileWorkbook.create("pengaturan.xlsx");
  await file.writeSheets([layout]);
  const back = await readBackLayout(await file.toBuffer(), layout.name);
  const labels = settingLabels("id");
  const addressAfter = (label: string) => {
    const row = layout.values.findIndex((r) => r[0] === label);
    return cellAddress(row, 1);
  };
  const year = addressAfter(labels.planStartYear);
  expect(back.values[year]).toBe(2027);
  expect(back.styles[year]?.numberFormat).toBe("0");
  expect(back.styles[addressAfter(labels.horizonYears)]?.numberFormat).toBe("#,##0");
});
