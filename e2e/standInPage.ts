/**
 * Loaded before the pane in the end-to-end test build only (webpack --env standin=1): makes the real
 * pane, booted by the real office.js outside Office, talk to the in-memory Excel stand-in instead of
 * Excel. The workbook is saved to localStorage after every Excel.run, so reloading the page is
 * "reopening the workbook". The test reads the stand-in through window.__standIn.
 */
import { createStandInExcel, type WorkbookModel } from "../test/support/excelStandIn";

const STORAGE_KEY = "smartcity-e2e-workbook";

function replacer(_k: string, v: unknown): unknown {
  if (v instanceof Map) return { __map: [...v.entries()] };
  if (v instanceof Set) return { __set: [...v] };
  return v;
}
function reviver(_k: string, v: unknown): unknown {
  if (v && typeof v === "object" && "__map" in v) return new Map((v as { __map: [unknown, unknown][] }).__map);
  if (v && typeof v === "object" && "__set" in v) return new Set((v as { __set: unknown[] }).__set);
  return v;
}

const excel = createStandInExcel({ workbookName: "Masterplan.xlsx", sheets: ["Sheet1"] });
const saved = localStorage.getItem(STORAGE_KEY);
if (saved) Object.assign(excel.model, JSON.parse(saved, reviver) as Partial<WorkbookModel>);

const save = () => localStorage.setItem(STORAGE_KEY, JSON.stringify(excel.model, replacer));
const created: number[] = [];

const standInExcel = {
  ...excel,
  async run<T>(batch: Parameters<typeof excel.run<T>>[0]): Promise<T> {
    try {
      return await excel.run(batch);
    } finally {
      save();
    }
  },
  /** The email copy: the stand-in records the size of the workbook it would open. */
  async createWorkbook(base64: string): Promise<void> {
    created.push(base64.length);
  },
};

const g = globalThis as Record<string, unknown>;
g.Excel = standInExcel;
// The custom-functions runtime exists only inside Excel; the functions bundle registers through it.
g.CustomFunctions ??= {
  associate: () => undefined,
  Error: class extends Error {},
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!", divisionByZero: "#DIV/0!", nullReference: "#NULL!" },
};

/** What the test inspects. */
g.__standIn = {
  sheetNames: () => excel.model.sheets.map((s) => s.name),
  /** Values of a sheet as a dense grid of strings/numbers ("" for empty). */
  values: (name: string) => {
    const s = excel.model.sheet(name);
    if (!s) return null;
    let rows = 0;
    let cols = 0;
    for (const k of s.cells.keys()) {
      const [r, c] = k.split(",").map(Number) as [number, number];
      rows = Math.max(rows, r + 1);
      cols = Math.max(cols, c + 1);
    }
    return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => s.cells.get(`${r},${c}`)?.value ?? ""));
  },
  names: () => excel.model.names.map((n) => n.name),
  createdWorkbooks: created,
  reset: () => localStorage.removeItem(STORAGE_KEY),
};
