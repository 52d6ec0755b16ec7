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

const persist = () => localStorage.setItem(STORAGE_KEY, JSON.stringify(excel.model, replacer));
// Saved when the page goes ("closing the workbook"), not after every run: serialising the whole
// in-memory workbook is the test harness's work, and would show up as the pane's long tasks.
let dirty = false;
const save = () => void (dirty = true);
const flush = () => {
  if (dirty) persist();
  dirty = false;
};
addEventListener("pagehide", flush);
addEventListener("beforeunload", flush);
const created: number[] = [];
/** Real Excel answers each sync after a round trip to the host; the stand-in yields a task likewise. */
const roundTrip = () => new Promise<void>((r) => setTimeout(r, 0));

const standInExcel = {
  ...excel,
  async run<T>(batch: Parameters<typeof excel.run<T>>[0]): Promise<T> {
    await roundTrip();
    try {
      // Each sync is a round trip too: the pane's work before it and the host's work in it are separate tasks.
      return await excel.run((context: { sync(): Promise<void> }) => {
        const sync = context.sync.bind(context);
        context.sync = async () => {
          await roundTrip();
          await sync();
          await roundTrip();
        };
        return (batch as (c: unknown) => Promise<T>)(context);
      });
    } finally {
      save();
      await roundTrip();
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

// The e2e opens the pane in Office's dark theme with ?theme=dark (officeTheme is the host's in Office).
if (new URLSearchParams(location.search).get("theme") === "dark") {
  const office = (globalThis as { Office?: { onReady(cb: () => void): unknown; context?: object } }).Office;
  office?.onReady(() => {
    try {
      Object.defineProperty(office.context, "officeTheme", { value: { bodyBackgroundColor: "#262626", bodyForegroundColor: "#ffffff" }, configurable: true });
    } catch {
      /* keep the light theme */
    }
  });
}

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
