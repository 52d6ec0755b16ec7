/**
 * What the engine needs from a workbook, whichever adapter provides it: Excel through Office.js
 * (src/excel) or a file on disk (src/xlsx). Types only: the core never touches Office or files.
 */
import type { SheetLayout } from "./layout";
import type { SheetSnapshot, SourceSheet } from "./sheetSnapshot";
import type { SheetKey } from "./generatedSheets";

export interface SheetInfo {
  readonly name: string;
  /** Our marker key when we generated the sheet, else null. */
  readonly key: SheetKey | null;
}

export interface WorkbookPort {
  listSheets(): Promise<SheetInfo[]>;
  /** Values of one sheet (used range from A1). */
  readSheet(name: string): Promise<SheetSnapshot>;
  /** A user's sheet with the cell facts intake needs (bold, indent, merges). Never modifies it. */
  readSource(name: string): Promise<SourceSheet>;
  /**
   * Replace our generated sheets with these layouts (matched by marker key, else created). Never
   * touches a sheet without our marker; throws if a sheet without our marker already has the name.
   */
  writeSheets(layouts: readonly SheetLayout[]): Promise<void>;
}
