/**
 * Sheets that sit beside a file's programme table but are not one: per-OPD summaries (one row per OPD
 * with its pagu), salary lists (NIP, golongan, gaji), and analyst extracts / pivot tables ("Row Labels",
 * "Sum of PAGU"). Each is skipped with a note naming it, so it neither asks a question nor blocks the
 * file's real table. Decided by header words and by the absence of programme codes, never by sheet name.
 */
import { cellText, normalizeHeader, type SourceSheet } from "../../sheetSnapshot";
import type { SheetOutcome } from "../intakeTypes";
import { codeDepth, parseCode, splitCodeAndName } from "../programCode";
import { isSkpdCode } from "./opdRow";
import { note, type Claim, type SheetRecogniser } from "./types";
import { msg } from "../../messages/indonesian";
import { NOT_PROGRAMME_ID } from "../../messages/id";

const SEARCH_ROWS = 15;
const SCAN_ROWS = 300;

const PIVOT = /^(row labels|column labels|label baris|label kolom|sum of|count of|average of|jumlah dari|hitungan dari|rata rata dari|grand total|total keseluruhan)\b/;
const SALARY = /\b(nip|gaji|tunjangan|golongan|gol|pangkat|nama pegawai|jabatan|eselon|potongan|iwp|pph 21)\b/;
const OPD_COLUMN = /\b(skpd|opd|perangkat daerah|unit kerja|organisasi|dinas|instansi)\b/;
const AMOUNT = /\b(pagu|anggaran|jumlah|total|nilai|belanja|realisasi|rp)\b/;
/** Words a programme table's header carries; a sheet with them is never skipped here. */
const PROGRAMME_WORDS = /\b(program|kegiatan|sub kegiatan|subkegiatan|nomenklatur|indikator|sasaran|output|keluaran)\b/;

type Kind = "pivot" | "salary" | "summary";

const DESCRIPTION: Record<Kind, string> = NOT_PROGRAMME_ID;

/** Programme codes (3 to 6 parts, not SKPD codes) in the sheet's first rows, in any column. */
function programmeCodeRows(sheet: SourceSheet): number {
  let n = 0;
  for (let r = 0; r < Math.min(SCAN_ROWS, sheet.values.length); r++) {
    for (const v of sheet.values[r] ?? []) {
      const t = cellText(v);
      if (t === "" || isSkpdCode(t.split(/\s/)[0]!)) continue;
      const code = parseCode(t) ?? splitCodeAndName(t)?.code ?? null;
      if (code && codeDepth(code) >= 3) {
        n++;
        break;
      }
    }
  }
  return n;
}

function kindOf(sheet: SourceSheet): { kind: Kind; row: number } | null {
  let best: { row: number; cells: string[] } | null = null;
  for (let r = 0; r < Math.min(SEARCH_ROWS, sheet.values.length); r++) {
    const cells = (sheet.values[r] ?? []).map((v) => normalizeHeader(cellText(v))).filter((t) => t !== "");
    if (cells.some((c) => PIVOT.test(c))) return { kind: "pivot", row: r };
    if (cells.length >= 2 && (!best || cells.length > best.cells.length)) best = { row: r, cells };
  }
  if (!best) return null;
  const { row, cells } = best;
  if (cells.some((c) => PROGRAMME_WORDS.test(c))) return null;
  if (programmeCodeRows(sheet) >= 3) return null;
  if (cells.filter((c) => SALARY.test(c)).length >= 2) return { kind: "salary", row };
  if (cells.some((c) => OPD_COLUMN.test(c)) && cells.some((c) => AMOUNT.test(c)) && rowsAreOpds(sheet, row)) return { kind: "summary", row };
  return null;
}

/** Words that begin an OPD or sub unit name in a summary's rows. */
const OPD_NAME = /^(dinas|badan|sekretariat|inspektorat|kecamatan|kelurahan|satuan|kantor|rsud|rumah sakit|puskesmas|bagian|kesbangpol|bappeda|bpkad|bpbd|dprd)\b/;

/**
 * Every text column under the header holds OPD names (or SKPD codes): the rows are OPDs, not programmes.
 * A table with an OPD column beside programme names ("Uraian | Perangkat Daerah | Pagu") is not a summary.
 */
function rowsAreOpds(sheet: SourceSheet, headerRow: number): boolean {
  const texts = new Map<number, { opd: number; other: number }>();
  for (let r = headerRow + 1; r < Math.min(sheet.values.length, headerRow + 61); r++) {
    (sheet.values[r] ?? []).forEach((v, c) => {
      const t = cellText(v);
      if (typeof v === "number" || t === "" || !/[A-Za-z]/.test(t) || isSkpdCode(t.split(/\s/)[0]!)) return;
      const n = normalizeHeader(t);
      if (/^(jumlah|total|grand total)\b/.test(n)) return;
      const e = texts.get(c) ?? { opd: 0, other: 0 };
      if (OPD_NAME.test(n)) e.opd++;
      else e.other++;
      texts.set(c, e);
    });
  }
  const cols = [...texts.values()];
  return cols.length > 0 && cols.every((e) => e.opd >= 0.6 * (e.opd + e.other));
}

function claim(sheet: SourceSheet): Claim | null {
  const k = kindOf(sheet);
  if (!k) return null;
  return { confidence: 0.7, evidence: [`${DESCRIPTION[k.kind]}: judul kolom baris ${k.row + 1}`, "tidak ada kode atau kolom program/kegiatan"] };
}

function read(sheet: SourceSheet): SheetOutcome {
  const k = kindOf(sheet)!;
  return {
    rows: [],
    notes: [
      note(
        sheet,
        "info",
        "sheet-not-programme",
        "",
        msg("intake.notProgramme", { sheet: sheet.sheet, what: k.kind, row: k.row + 1 }),
      ),
    ],
    question: null,
    summary: { file: sheet.file, sheet: sheet.sheet, status: "skipped", rows: 0, header: null, roles: [] },
  };
}

export const notProgrammeRecogniser: SheetRecogniser = {
  id: "not-programme",
  label: "Bukan tabel program (ringkasan per OPD, daftar gaji, ekstrak/pivot)",
  claim: (sheet) => claim(sheet),
  read: (sheet) => read(sheet),
};
