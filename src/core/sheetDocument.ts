/**
 * A declarative description of an output sheet. Stages build these; `layoutSheet` turns one into a flat
 * `SheetLayout` (cells, styles, merges, tables…) that both renderers (src/excel, src/xlsx) translate
 * literally. A renderer never decides what a sheet says, so the two cannot drift apart.
 */
import type { HexColor } from "./pillars";
import type { SheetKey } from "./generatedSheets";

export type CellValue = string | number | boolean | Date | null;

/** Column types carry their number format and alignment; see `COLUMN_FORMATS` in layout.ts. */
export type ColumnType =
  | "text"
  | "longText" // wrapped, wider
  | "integer"
  | "decimal"
  | "rupiah"
  | "percent" // stored as a fraction: 0.25 shows as 25%
  | "score" // 0–4 or 1–5 indices: two decimals
  | "year"
  | "date";

export type HAlign = "left" | "center" | "right";

export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontSize?: number;
  readonly fontColor?: HexColor;
  readonly fill?: HexColor;
  readonly hAlign?: HAlign;
  readonly vAlign?: "top" | "center" | "bottom";
  readonly wrap?: boolean;
  /** Thin borders on every edge of every cell of the range. */
  readonly border?: boolean;
  readonly numberFormat?: string;
  /** Input cells the user is expected to fill: shown with the input style. */
  readonly input?: boolean;
}

export interface TableColumn {
  /** Header text as it appears in the sheet; read-back finds columns by this text. */
  readonly header: string;
  readonly type: ColumnType;
  /** Width in characters; defaults by type. */
  readonly width?: number;
  /** The user fills this column: it is styled as input and its values survive regeneration. */
  readonly input?: boolean;
  /** In-cell drop-down list of allowed values. */
  readonly list?: readonly string[];
  /** Whole-number or decimal bounds for validated numeric input columns. */
  readonly bounds?: { readonly min: number; readonly max: number; readonly integer?: boolean };
  /** Sum this column in the totals row. */
  readonly total?: boolean;
  /** Conditional format over the column's data cells. */
  readonly conditional?: ColumnConditional;
}

export type ColumnConditional =
  | { readonly kind: "colorScale"; readonly min: HexColor; readonly mid?: HexColor; readonly max: HexColor }
  | { readonly kind: "dataBar"; readonly color: HexColor }
  | {
      readonly kind: "lessThan" | "greaterThan" | "equal";
      readonly value: number | string;
      readonly fill: HexColor;
      readonly fontColor?: HexColor;
    };

export interface TitleBlock {
  readonly kind: "title";
  readonly text: string;
  readonly subtitle?: string;
}

export interface HeadingBlock {
  readonly kind: "heading";
  readonly text: string;
  /** Start a new printed page at this heading. */
  readonly pageBreakBefore?: boolean;
}

export interface KeyValueBlock {
  readonly kind: "keyValue";
  readonly title?: string;
  readonly rows: ReadonlyArray<{
    readonly label: string;
    readonly value: CellValue;
    readonly type?: ColumnType;
    /** The user types this value (settings, vision…): input style, kept on regeneration. */
    readonly input?: boolean;
  }>;
  /** Columns the value cell spans (merged), for long values such as a vision statement. */
  readonly valueSpan?: number;
}

export interface TableBlock {
  readonly kind: "table";
  readonly title?: string;
  /** Excel Table name (letters, digits, underscore); omit for a plain formatted range. */
  readonly tableName?: string;
  readonly columns: readonly TableColumn[];
  readonly rows: ReadonlyArray<readonly CellValue[]>;
  /** Optional per-row fill (e.g. low-confidence rows), same length as rows; null = none. */
  readonly rowFills?: ReadonlyArray<HexColor | null>;
  /** Optional per-row bold (e.g. programme rows above their activities). */
  readonly rowBold?: ReadonlyArray<boolean>;
  /** Write a totals row under the data with this label in the first column. */
  readonly totalsLabel?: string;
}

export interface TextBlock {
  readonly kind: "text";
  readonly title?: string;
  readonly paragraphs: readonly string[];
  /** Columns each paragraph spans (merged, wrapped). Default: the sheet's content width. */
  readonly span?: number;
  /** The planner may edit the paragraphs (narratives): input style, kept on regeneration. */
  readonly input?: boolean;
}

/** A grid of individually styled cells: heat maps, Gantt bars, matrices. */
export interface GridBlock {
  readonly kind: "grid";
  readonly title?: string;
  readonly cells: ReadonlyArray<ReadonlyArray<{ readonly value: CellValue; readonly style?: CellStyle } | null>>;
  /** Merges relative to the grid's top-left cell. */
  readonly merges?: ReadonlyArray<{ readonly row: number; readonly col: number; readonly rows: number; readonly cols: number }>;
  readonly conditional?: ReadonlyArray<{
    readonly row: number;
    readonly col: number;
    readonly rows: number;
    readonly cols: number;
    readonly rule: ColumnConditional;
  }>;
  /** Drop-down lists relative to the grid's top-left cell. */
  readonly lists?: ReadonlyArray<{ readonly row: number; readonly col: number; readonly rows: number; readonly cols: number; readonly values: readonly string[] }>;
}

/** A chart drawn from a table or grid block of the same sheet (referenced by `source` block id). */
export interface ChartBlock {
  readonly kind: "chart";
  readonly chartType: "pie" | "bar" | "column" | "radar" | "bubble";
  readonly title: string;
  /** id of the block whose data the chart plots. */
  readonly source: string;
  /** 0-based column indexes within the source block: category column first, then series columns. */
  readonly categoryColumn: number;
  readonly seriesColumns: readonly number[];
  /** Rows the chart occupies in the sheet (its picture is placed over them). */
  readonly heightRows?: number;
}

export interface PageBreakBlock {
  readonly kind: "pageBreak";
}

export interface LinkBlock {
  readonly kind: "links";
  readonly title?: string;
  readonly links: ReadonlyArray<{ readonly text: string; readonly sheet: string; readonly cell?: string }>;
}

export type Block = (
  | TitleBlock
  | HeadingBlock
  | KeyValueBlock
  | TableBlock
  | TextBlock
  | GridBlock
  | ChartBlock
  | PageBreakBlock
  | LinkBlock
) & {
  /** Optional id: lets charts reference the block and read-back find it (recorded in layout anchors). */
  readonly id?: string;
  /** Blank rows after the block (default 1; 0 for none). */
  readonly gapAfter?: number;
};

export interface PrintSetup {
  readonly orientation: "portrait" | "landscape";
  /** Scale to fit one page wide (height unconstrained). */
  readonly fitToWidth: boolean;
  /**
   * Leading columns (their count) printed again on every page when the sheet prints several pages wide
   * (see LayoutPrint.pagesWide): the row's identity (ID, name) beside each page's other columns.
   */
  readonly repeatColumns?: number;
  /**
   * A wide working sheet (Quick Win, Program, Pemetaan Pilar): fitted to as many pages across as keep it
   * readable (LayoutPrint.pagesWide, at most 3) instead of one unreadably small page. Books never set it.
   */
  readonly spreadWide?: boolean;
  /** Repeat the header row of the first table (or these 1-based rows) on every printed page. */
  readonly repeatRows?: { readonly from: number; readonly to: number } | "firstTableHeader";
  readonly header?: string;
  readonly footer?: string;
}

export interface SheetDocument {
  /** Stable identity of a generated sheet; the marker written into the workbook. */
  readonly key: SheetKey;
  /** Sheet (tab) name: a contract other tools rely on, e.g. "Program". */
  readonly name: string;
  readonly tabColor?: HexColor;
  readonly blocks: readonly Block[];
  /** Column widths in characters, overriding the widths derived from tables. */
  readonly columnWidths?: readonly number[];
  /** Freeze panes: rows above / columns left of the scrolling area. "firstTableHeader" freezes above the first table's data. */
  readonly freeze?: { readonly rows: number; readonly columns: number } | "firstTableHeader";
  readonly print?: PrintSetup;
  /** Content width in columns used for titles and text spans (default: widest table). */
  readonly width?: number;
}
