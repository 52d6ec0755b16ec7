/**
 * The OPD (perangkat daerah) a sheet belongs to, when no column names it per row: from a title cell
 * above the table ("RENCANA STRATEGIS DINAS KESEHATAN KABUPATEN SLEMAN TAHUN 2025-2029"), else from
 * the file name ("Renstra Dinkes 2025-2029.xlsx"). Names are written in title case so the same OPD
 * read from a column, a title or a file name compares equal.
 */
import { cellText } from "../sheetSnapshot";
import type { CellValue } from "../sheetDocument";

/** Usual short forms in file names (our convention: the common ones, extend as regions need). */
const ABBREVIATIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^dinkes$/i, "Dinas Kesehatan"],
  [/^disdik(bud)?$|^dindik$/i, "Dinas Pendidikan"],
  [/^disdukcapil$|^dukcapil$/i, "Dinas Kependudukan dan Pencatatan Sipil"],
  [/^diskominfo$|^kominfo$|^dinkominfo$/i, "Dinas Komunikasi dan Informatika"],
  [/^dlh$/i, "Dinas Lingkungan Hidup"],
  [/^dishub$/i, "Dinas Perhubungan"],
  [/^dispar$|^dispar(bud|pora)$/i, "Dinas Pariwisata"],
  [/^disperindag$/i, "Dinas Perindustrian dan Perdagangan"],
  [/^diskop(ukm|umkm)?$|^dinkop(ukm|umkm)?$/i, "Dinas Koperasi dan Usaha Kecil Menengah"],
  [/^bappeda$|^bapperida$/i, "Badan Perencanaan Pembangunan Daerah"],
  [/^dpupr$|^pupr$/i, "Dinas Pekerjaan Umum dan Penataan Ruang"],
  [/^dinsos$/i, "Dinas Sosial"],
  [/^satpol ?pp$/i, "Satuan Polisi Pamong Praja"],
];

/** Words that begin an OPD name in a title. */
const OPD_START = /\b(DINAS|BADAN|SEKRETARIAT|INSPEKTORAT|KECAMATAN|SATUAN POLISI|KANTOR|RUMAH SAKIT|RSUD|BAPPEDA|BAPERLITBANG)\b/i;
/** Where an OPD name ends in a title: the region, the period or the document name. */
const OPD_END = /\s+(KABUPATEN|KAB\.?|KOTA|PROVINSI|PROV\.?|TAHUN|TA\.?|PERIODE|\d{4})\b.*$/i;

const LOWER = new Set(["dan", "serta", "atau", "dari", "untuk", "di", "ke"]);
const UPPER = new Set(["ukm", "umkm", "kb", "p3a", "pppa", "rsud", "dprd", "pp", "bpbd", "bkpsdm", "uptd", "upt", "ptsp", "asn", "ii", "iii", "iv"]);

/** "DINAS KESEHATAN" -> "Dinas Kesehatan"; "dinas koperasi dan ukm" -> "Dinas Koperasi dan UKM". */
export function titleCase(s: string): string {
  return s
    .trim()
    .replace(/\s+/g, " ")
    .split(" ")
    .map((w, i) => {
      const l = w.toLowerCase();
      if (UPPER.has(l.replace(/[^a-z0-9]/g, ""))) return w.toUpperCase();
      if (i > 0 && LOWER.has(l)) return l;
      return l.charAt(0).toUpperCase() + l.slice(1);
    })
    .join(" ");
}

/** Canonical OPD name as written in any source (column value, title, expansion of a short form). */
export function normalizeOpd(raw: string): string {
  const t = raw.trim().replace(/\s+/g, " ");
  if (t === "") return "";
  const abbr = ABBREVIATIONS.find(([re]) => re.test(t));
  if (abbr) return abbr[1];
  return titleCase(t);
}

/**
 * Words that make a title or file name about many OPDs, not one: "PAGU PER DINAS PER URUSAN", "REKAP SELURUH
 * OPD", "Dinas-Dinas". Such a text never names an OPD.
 */
const MANY_OPDS = /\b(per|seluruh|semua|masing[- ]masing|tiap|setiap|antar|lintas)\s+(dinas|badan|opd|skpd|perangkat daerah|pd|urusan|unit|organisasi)\b|\b(dinas|badan)[- ](dinas|badan)\b/i;

/** Regency-wide documents: a file so named holds many OPDs, so its name is no OPD's. */
const REGENCY_WIDE = /\b(apbd|kua|ppas|rkpd|rpjmd|rekap|rekapitulasi|lra|dpa|rak|pagu)\b/i;

/** Documents each OPD writes for itself. */
const PER_OPD_DOCUMENT = /\b(renja|renstra|rka|lakip|lkjip|sakip)\b/i;

/** OPD named in a title text, or null: "RENCANA STRATEGIS DINAS KESEHATAN KABUPATEN …" -> "Dinas Kesehatan". */
export function opdFromTitle(text: string): string | null {
  if (MANY_OPDS.test(text)) return null;
  const m = OPD_START.exec(text);
  if (!m) return null;
  let rest = text.slice(m.index).replace(/\s+/g, " ").trim();
  rest = rest.replace(OPD_END, "").replace(/[\s,.;:-]+$/, "");
  // "DINAS PER URUSAN", "BADAN DAN …": the start word must be followed by a name.
  if (/^\S+\s+(per|dan|yang|se|di|ke)\b/i.test(rest)) return null;
  if (rest.split(" ").length < 2 && !/^(bappeda|rsud)/i.test(rest)) return null;
  return normalizeOpd(rest);
}

/** First OPD named in the rows above the header (the title block). */
export function opdFromTitleBlock(rows: ReadonlyArray<ReadonlyArray<CellValue>>, headerRow: number): { opd: string; row: number; col: number } | null {
  for (let r = 0; r < Math.min(headerRow, rows.length); r++) {
    const row = rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const t = cellText(row[c]);
      if (t.length < 6) continue;
      const opd = opdFromTitle(t);
      if (opd) return { opd, row: r, col: c };
    }
  }
  return null;
}

/**
 * OPD from a file name: document words, years and the extension dropped, short forms expanded. Null when the
 * name is about many OPDs or is a regency-wide document ("PAGU PER DINAS PER URUSAN", "Rekap APBD 2024",
 * KUA-PPAS, RKPD): such a file holds many OPDs, so its name is none of theirs. (Other names are taken as
 * before, with a note saying the OPD came from the file name.)
 */
export function opdFromFileName(file: string): string | null {
  const base = file.replace(/\.[^.]+$/, "").replace(/[_]+/g, " ");
  if (MANY_OPDS.test(base) || (REGENCY_WIDE.test(base) && !PER_OPD_DOCUMENT.test(base))) return null;
  const fromTitle = opdFromTitle(base);
  if (fromTitle) return fromTitle;
  const words = base
    .replace(/[-–]+/g, " ")
    .split(/\s+/)
    .filter((w) => w && !/^\d{2,4}$/.test(w) && !/^(renstra|renja|rka|program|export|ekspor|sipd|data|final|revisi|rev|draft|pd|opd|skpd|tahun|th|ta)$/i.test(w));
  if (words.length === 0) return null;
  return normalizeOpd(words.join(" "));
}

/** OPD from a sheet name (cut at 31 characters by Excel): only when it reads as one OPD. */
export function opdFromSheetName(name: string): string | null {
  const t = name.trim();
  if (t === "" || MANY_OPDS.test(t)) return null;
  const fromTitle = opdFromTitle(t);
  if (fromTitle) return fromTitle;
  const abbr = ABBREVIATIONS.find(([re]) => re.test(t));
  return abbr ? abbr[1] : null;
}
