/**
 * The workbook state behind the Excel stand-in: plain data that tests inspect directly (never through
 * proxies, so inspecting costs no sync). Plain TypeScript, no Node APIs: it is bundled into test pages.
 */
import type { RangeRef } from "../../../src/core/cellAddress";

export type Primitive = string | number | boolean;

export interface CellFormat {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  fontColor?: string;
  fill?: string;
  hAlign?: string;
  vAlign?: string;
  wrap?: boolean;
  indentLevel?: number;
  /** Border edges set on this cell: EdgeTop, EdgeBottom, EdgeLeft, EdgeRight. */
  borders?: string[];
}

export interface CellModel {
  value: Primitive;
  /** Set when Excel took the written text for a formula. */
  formula: string | null;
  numberFormat: string;
  format: CellFormat;
  hyperlink?: { documentReference?: string; address?: string; textToDisplay?: string };
}

export interface ConditionalFormatModel {
  type: string;
  range: RangeRef;
  colorScale?: { criteria: unknown };
  dataBar?: { fillColor?: string; barDirection?: string };
  cellValue?: { rule?: { formula1: string; formula2?: string; operator: string }; fill?: string; fontColor?: string };
}

export interface ChartModel {
  type: string;
  title: string;
  /** A1 range the chart was created from. */
  source: string;
  series: Array<{ name: string; values?: string; xValues?: string; bubbleSizes?: string }>;
  /** Top-left and bottom-right cells it covers. */
  position: { from: string; to: string } | null;
}

export interface SheetModel {
  readonly id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  tabColor: string;
  cells: Map<string, CellModel>;
  merges: RangeRef[];
  tables: { name: string; range: RangeRef; hasHeaders: boolean }[];
  conditionalFormats: ConditionalFormatModel[];
  validations: { range: RangeRef; rule: unknown }[];
  /** Points, by 0-based column (absent = default width). */
  columnWidths: Map<number, number>;
  /** Points, by 0-based row. */
  rowHeights: Map<number, number>;
  hiddenRows: Set<number>;
  freeze: { rows: number; columns: number } | null;
  pageLayout: Record<string, unknown>;
  headersFooters: Record<string, string>;
  /** 0-based rows that start a printed page. */
  pageBreaks: number[];
  charts: ChartModel[];
}

export interface NameModel {
  name: string;
  /** null once the sheet it pointed at was deleted (Excel shows =#REF!). */
  sheetId: string | null;
  range: RangeRef;
}

export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

export function cellKey(row: number, col: number): string {
  return `${row},${col}`;
}

export function emptyCell(): CellModel {
  return { value: "", formula: null, numberFormat: "General", format: {} };
}

export class WorkbookModel {
  name: string;
  sheets: SheetModel[] = [];
  names: NameModel[] = [];
  /** Simulates a user typing in a cell: every sync fails with InvalidOperationInCellEditMode. */
  cellEditMode = false;
  /** Name of the sheet last activated (worksheet.activate()), and the last selected range ("Sheet!A1"). */
  activeSheet: string | null = null;
  selection: string | null = null;
  private nextId = 1;

  constructor(name: string) {
    this.name = name;
  }

  newSheet(name: string): SheetModel {
    const sheet: SheetModel = {
      id: `{S${this.nextId++}}`,
      name,
      visibility: "Visible",
      tabColor: "",
      cells: new Map(),
      merges: [],
      tables: [],
      conditionalFormats: [],
      validations: [],
      columnWidths: new Map(),
      rowHeights: new Map(),
      hiddenRows: new Set(),
      freeze: null,
      pageLayout: {},
      headersFooters: {},
      pageBreaks: [],
      charts: [],
    };
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): SheetModel | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  sheetById(id: string): SheetModel | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  /** Test set-up: a user's sheet with plain values (no sync, no payload). */
  seedSheet(name: string, values: ReadonlyArray<ReadonlyArray<Primitive | null>>): SheetModel {
    const sheet = this.newSheet(name);
    values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === "") return;
        sheet.cells.set(cellKey(r, c), { ...emptyCell(), value: v });
      }),
    );
    return sheet;
  }
}

/** A deep, comparable copy of one sheet (Maps and Sets as sorted arrays), for before/after checks. */
export function sheetState(sheet: SheetModel): unknown {
  const sorted = <T>(xs: Iterable<T>) => [...xs].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  return JSON.parse(
    JSON.stringify({
      ...sheet,
      cells: sorted(sheet.cells.entries()),
      columnWidths: sorted(sheet.columnWidths.entries()),
      rowHeights: sorted(sheet.rowHeights.entries()),
      hiddenRows: sorted(sheet.hiddenRows),
    }),
  );
}
