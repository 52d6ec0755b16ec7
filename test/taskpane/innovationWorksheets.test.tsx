/**
 * @jest-environment jsdom
 *
 * Bimtek III from the pane (Quick Win stage): the per-OPD innovation worksheets come out as one .zip, two
 * OPDs return theirs filled (the same idea from both), and the pane consolidates them into `Inovasi` —
 * against the in-memory Excel stand-in, with the real engine, file writer and reader.
 */
import { TextDecoder, TextEncoder } from "node:util";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { createPanelServices } from "../../src/taskpane/panelServices";
import { officeActions } from "../../src/taskpane/officeActions";
import { layoutsToXlsx } from "../../src/taskpane/lazy/emailCopyFile";
import { readWorkbookSheets, zipFiles } from "../../src/taskpane/lazy/innovationFiles";
import { InnovationWorksheetsPanel } from "../../src/taskpane/panels/InnovationWorksheetsPanel";
import { ExcelWorkbook } from "../../src/excel/excelWorkbook";
import { SHEET_NAMES } from "../../src/core/generatedSheets";
import { IH } from "../../src/core/innovation/innovationSheet";
import { STRINGS, format } from "../../src/taskpane/strings";
import { asExcelRun, createStandInExcel } from "../support/excelStandIn";

// jsdom lacks these; the stand-in measures request payloads and ExcelJS decodes text with them.
Object.assign(globalThis, { TextEncoder: globalThis.TextEncoder ?? TextEncoder, TextDecoder: globalThis.TextDecoder ?? TextDecoder });

const t = STRINGS.id;
const YEAR = 2026;
const SAME_IDEA = "Aplikasi Pengaduan Warga Terpadu";

// A small KUA-PPAS-like table: programmes and kegiatan of three OPDs, each OPD named per row.
const source = {
  file: "KUA-PPAS.xlsx",
  sheet: "Plafon",
  merges: [],
  values: [
    ["TABEL IV.3 PLAFON ANGGARAN SEMENTARA PER PROGRAM DAN KEGIATAN"],
    [`KUA-PPAS TAHUN ANGGARAN ${YEAR}`],
    [],
    ["Kode", "Program / Kegiatan", "Perangkat Daerah", `Pagu ${YEAR}`],
    ["2.16.02", "Program Pengelolaan Aplikasi Informatika", "Dinas Komunikasi dan Informatika", 2_500_000_000],
    ["2.16.02.2.02", "Pengelolaan Pusat Data dan Layanan Aplikasi Pemerintahan Berbasis Elektronik", "Dinas Komunikasi dan Informatika", 1_200_000_000],
    ["1.02.02", "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat", "Dinas Kesehatan", 4_000_000_000],
    ["1.02.02.2.02", "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah", "Dinas Kesehatan", 900_000_000],
    ["2.11.03", "Program Pengelolaan Persampahan", "Dinas Lingkungan Hidup", 1_500_000_000],
    ["2.11.03.2.01", "Pengelolaan Sampah dan Bank Sampah Berbasis Masyarakat", "Dinas Lingkungan Hidup", 600_000_000],
  ],
};

function setup() {
  const excel = createStandInExcel({ sheets: ["Sheet1"] });
  const run = asExcelRun(excel);
  const zips: Uint8Array[] = [];
  const panels = createPanelServices({
    port: new ExcelWorkbook(run),
    actions: officeActions(run),
    readFiles: async () => [source],
    writeXlsx: layoutsToXlsx,
    zipFiles: async (files) => {
      const z = await zipFiles(files);
      zips.push(z);
      return z;
    },
    readSheets: readWorkbookSheets,
    today: () => new Date(Date.UTC(YEAR, 0, 15)),
  });
  return { excel, panels, zips };
}

/** An OPD fills the first blank rows of its worksheet's innovations table, in Excel, without the add-in. */
async function fill(bytes: Uint8Array, rows: ReadonlyArray<Record<string, string | number>>): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  let header = 0;
  const cols = new Map<string, number>();
  ws.eachRow((row, r) => {
    if (header) return;
    const texts = (row.values as unknown[]).map((v) => String(v ?? ""));
    if (texts.includes(IH.name) && texts.includes(IH.programCode)) {
      header = r;
      texts.forEach((h, c) => cols.set(h, c));
    }
  });
  rows.forEach((values, k) => {
    for (const [h, v] of Object.entries(values)) ws.getRow(header + 1 + k).getCell(cols.get(h)!).value = v;
  });
  return (await wb.xlsx.writeBuffer()) as ArrayBuffer;
}

function pickedFile(name: string, bytes: ArrayBuffer): File {
  const f = new File([new Uint8Array(bytes)], name);
  Object.defineProperty(f, "arrayBuffer", { value: async () => bytes });
  return f;
}

function sheetTexts(excel: ReturnType<typeof createStandInExcel>, name: string): string[] {
  return [...(excel.model.sheet(name)?.cells.values() ?? [])].map((c) => String(c.value ?? ""));
}

test("the pane makes one worksheet per OPD in a .zip, and consolidates the returned ones: who proposed what, duplicates listed", async () => {
  const { excel, panels, zips } = setup();
  await panels.importSources({ sheets: [], files: [{ name: "KUA-PPAS.xlsx", bytes: new ArrayBuffer(1) }] });
  const created: Blob[] = [];
  Object.assign(URL, { createObjectURL: (b: Blob) => (created.push(b), "blob:zip"), revokeObjectURL: () => {} });
  render(
    <FluentProvider theme={webLightTheme}>
      <InnovationWorksheetsPanel services={panels} t={t} />
    </FluentProvider>,
  );

  // 1. Out: one .xlsx per OPD with mapped programmes, in one download, and a sentence saying so.
  await userEvent.click(screen.getByRole("button", { name: t.innovationBuild }));
  const made = await screen.findByTestId("innovation-made", {}, { timeout: 30000 });
  const zip = await JSZip.loadAsync(zips[0]!);
  const names = Object.keys(zip.files).sort();
  expect(names.length).toBeGreaterThanOrEqual(2);
  expect(names.every((n) => /^Inovasi - .+\.xlsx$/.test(n))).toBe(true);
  expect(names).toContain("Inovasi - Dinas Komunikasi dan Informatika.xlsx");
  expect(made.textContent).toBe(format(t.innovationBuilt, { count: names.length, file: "Inovasi per OPD.zip" }));
  const link = screen.getByRole("link", { name: format(t.innovationDownload, { file: "Inovasi per OPD.zip" }) });
  expect(link.getAttribute("download")).toBe("Inovasi per OPD.zip");
  expect(created[0]!.size).toBe(zips[0]!.byteLength);
  // Each worksheet names its OPD and lists that OPD's own mapped programmes only.
  const kominfo = await zip.file("Inovasi - Dinas Komunikasi dan Informatika.xlsx")!.async("uint8array");
  const sheet = (await readWorkbookSheets({ name: "k.xlsx", bytes: kominfo.slice().buffer }))[0]!;
  const text = sheet.values.flat().map((v) => String(v ?? ""));
  expect(text).toContain("Dinas Komunikasi dan Informatika");
  expect(text).toContain("Program Pengelolaan Aplikasi Informatika");
  expect(text).not.toContain("Program Pengelolaan Persampahan");

  // 2. Back: two OPDs propose the same idea; a third file is not a worksheet at all.
  const second = names.find((n) => n !== "Inovasi - Dinas Komunikasi dan Informatika.xlsx")!;
  const secondOpd = second.replace(/^Inovasi - /, "").replace(/\.xlsx$/, "");
  const filledA = await fill(kominfo, [
    { [IH.name]: SAME_IDEA, [IH.kind]: "digital", [IH.programCode]: "2.16.02" },
    { [IH.name]: "Satu Data Kabupaten", [IH.kind]: "kebijakan", [IH.programCode]: "2.16.02" },
  ]);
  const filledB = await fill(await zip.file(second)!.async("uint8array"), [{ [IH.name]: SAME_IDEA, [IH.kind]: "digital" }]);
  const plain = new ExcelJS.Workbook();
  plain.addWorksheet("Data").addRow(["Kode", "Nama"]);
  const other = (await plain.xlsx.writeBuffer()) as ArrayBuffer;
  await userEvent.upload(screen.getByLabelText(t.innovationReturnPick), [pickedFile("Kominfo kembali.xlsx", filledA), pickedFile("Balasan OPD.xlsx", filledB), pickedFile("Lain.xlsx", other)]);

  const back = await screen.findByTestId("innovation-returned", {}, { timeout: 30000 });
  expect(back.textContent).toContain(format(t.innovationProposed, { opd: "Dinas Komunikasi dan Informatika", count: 2, names: `${SAME_IDEA}; Satu Data Kabupaten` }));
  expect(back.textContent).toContain(format(t.innovationProposed, { opd: secondOpd, count: 1, names: SAME_IDEA }));
  expect(back.textContent).toContain(t.innovationDuplicatesTitle);
  const dupLine = [...back.querySelectorAll("li")].map((li) => li.textContent ?? "").find((l) => l.startsWith(`${SAME_IDEA}:`));
  expect(dupLine).toContain("Dinas Komunikasi dan Informatika");
  expect(dupLine).toContain(secondOpd);
  expect(screen.getByRole("alert").textContent).toContain("Lain.xlsx");

  // The workbook's `Inovasi` now holds what came back, with who proposed it; the ranking was rewritten too.
  await waitFor(() => expect(sheetTexts(excel, SHEET_NAMES.innovation)).toContain("Satu Data Kabupaten"));
  const inovasi = sheetTexts(excel, SHEET_NAMES.innovation);
  expect(inovasi.filter((v) => v === SAME_IDEA).length).toBeGreaterThanOrEqual(2);
  expect(inovasi).toContain(secondOpd);
  expect(excel.model.sheet(SHEET_NAMES.quickWin)).toBeTruthy();
}, 120000);

test("a returned file without an innovations table writes nothing and says which file", async () => {
  const { excel, panels } = setup();
  await panels.importSources({ sheets: [], files: [{ name: "KUA-PPAS.xlsx", bytes: new ArrayBuffer(1) }] });
  const before = sheetTexts(excel, SHEET_NAMES.innovation);
  const plain = new ExcelJS.Workbook();
  plain.addWorksheet("Data").addRow(["Kode", "Nama"]);
  const out = await panels.importInnovationWorksheets([{ name: "Lain.xlsx", bytes: (await plain.xlsx.writeBuffer()) as ArrayBuffer }, { name: "Rusak.xlsx", bytes: new ArrayBuffer(8) }]);
  expect(out.written).toEqual([]);
  expect(out.rejected.map((r) => r.file)).toEqual(["Lain.xlsx", "Rusak.xlsx"]);
  expect(out.rejected[0]!.message).toContain("Lain.xlsx");
  expect(out.rejected[1]!.message).toContain("Rusak.xlsx");
  expect(sheetTexts(excel, SHEET_NAMES.innovation)).toEqual(before);
}, 60000);
