/**
 * Where the names to classify are in a plain table (the `map` command's input, or a planner's own list
 * of innovations): the header row and its name, code, OPD and description columns, found by their usual headers.
 */
import { cellText, normalizeHeader } from "../sheetSnapshot";
import type { CellValue } from "../sheetDocument";

/** Name-column headers, most specific first (a Renstra table has both "Program" and "Sub Kegiatan"). */
const NAME_HEADERS = [
  "nama sub kegiatan", "nama subkegiatan", "sub kegiatan", "subkegiatan", "nama inovasi", "inovasi", "uraian",
  "program kegiatan sub kegiatan", "nomenklatur", "nama kegiatan", "kegiatan", "nama program", "program", "nama",
];
const CODE_HEADERS = ["kode", "kode sub kegiatan", "kode subkegiatan", "kode rekening", "kd sub keg", "kode kegiatan", "kode program"];
/** Other text of a row that says what it is about (weaker evidence than the name). */
const DESCRIPTION_HEADERS = [
  "deskripsi", "deskripsi inovasi", "keterangan", "uraian singkat", "penjelasan", "tujuan", "manfaat", "output", "keluaran",
  "indikator", "indikator kinerja", "indikator keluaran", "deskripsi singkat",
];
const OPD_HEADERS = ["opd", "perangkat daerah", "skpd", "nama opd", "unit kerja", "unit kerja penanggung jawab", "skpd penanggung jawab"];

/** Rows searched for the header: title blocks above a table are a few rows, not dozens. */
const HEADER_SCAN_ROWS = 30;

export interface NameTable {
  /** 0-based header row. */
  readonly headerRow: number;
  /** 0-based columns; -1 when absent. */
  readonly name: number;
  readonly code: number;
  readonly opd: number;
  /** Description / keterangan / output / indikator columns (every one found, left to right). */
  readonly description: readonly number[];
}

function findColumn(header: readonly CellValue[], wanted: readonly string[]): number {
  const norm = header.map((h) => normalizeHeader(cellText(h)));
  for (const w of wanted) {
    const i = norm.indexOf(w);
    if (i >= 0) return i;
  }
  return -1;
}

/** The first row (within the first 30) that has a name column, with its code and OPD columns; else null. */
export function findNameTable(values: ReadonlyArray<ReadonlyArray<CellValue>>): NameTable | null {
  for (let r = 0; r < Math.min(HEADER_SCAN_ROWS, values.length); r++) {
    const header = values[r] ?? [];
    const name = findColumn(header, NAME_HEADERS);
    if (name >= 0) {
      const norm = header.map((h) => normalizeHeader(cellText(h)));
      const description = norm.map((h, i) => (i !== name && DESCRIPTION_HEADERS.includes(h) ? i : -1)).filter((i) => i >= 0);
      return { headerRow: r, name, code: findColumn(header, CODE_HEADERS), opd: findColumn(header, OPD_HEADERS), description };
    }
  }
  return null;
}
