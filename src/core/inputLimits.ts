/**
 * How much input one run takes on, checked before anything is parsed or expanded, so a hostile or
 * careless file is refused with a sentence instead of eating the machine's memory. Sized so that a
 * 200 000-row table builds comfortably and the whole run stays well under 2 GB.
 */
export const INPUT_LIMITS = {
  /** Bytes of one input file as stored (xlsx/xls/ods/csv). */
  maxFileBytes: 64 * 1024 * 1024,
  /** Uncompressed bytes of one part inside a workbook package (a sheet's XML, the shared strings). */
  maxPartBytes: 160 * 1024 * 1024,
  /** Uncompressed bytes of all parts of one workbook package. */
  maxPackageBytes: 240 * 1024 * 1024,
  /** Compression ratio of one part beyond which it is a zip bomb, not a spreadsheet (real sheets: 5–30). */
  maxCompressionRatio: 400,
  /** Rows of all input sheets of one run: a 200 000-row export passes, a million-row sheet is refused up front. */
  maxRowsPerRun: 250_000,
  /** Rows of one sheet (Excel's own limit). */
  maxRows: 1_048_576,
  /** Cells of one sheet's declared dimension (rows × columns). */
  maxSheetCells: 40_000_000,
  /** Cells covered by all merges of one sheet (each becomes a cell object when expanded). */
  maxMergedCells: 1_000_000,
  /** Characters of one cell: Excel's limit; longer text is cut with a note. */
  maxCellChars: 32_767,
} as const;

/** Text cut to Excel's cell limit, or null when it fits. */
export function capCellText(text: string): string | null {
  return text.length > INPUT_LIMITS.maxCellChars ? text.slice(0, INPUT_LIMITS.maxCellChars) : null;
}

/** A sentence when the sheets of one run hold more rows than INPUT_LIMITS.maxRowsPerRun, else null. */
export function tooManyRows(sheets: ReadonlyArray<{ readonly file: string; readonly sheet: string; readonly values: { readonly length: number } }>): string | null {
  let total = 0;
  for (const s of sheets) total += s.values.length;
  if (total <= INPUT_LIMITS.maxRowsPerRun) return null;
  const biggest = sheets.reduce((a, b) => (b.values.length > a.values.length ? b : a));
  return (
    `masukan berisi ${total.toLocaleString("id-ID")} baris (terbesar: ${biggest.file} / ${biggest.sheet}, ${biggest.values.length.toLocaleString("id-ID")} baris); ` +
    `batas ${INPUT_LIMITS.maxRowsPerRun.toLocaleString("id-ID")} baris per impor — pecah per OPD atau per tahun (too many rows)`
  );
}
