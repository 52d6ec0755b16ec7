/**
 * The catalog in Bahasa Indonesia: every engine note, question and reason, each a template typed with
 * its parameters (the keys and parameter types of the whole catalog are read from this table). These
 * are the exact sentences `Catatan Impor`, the CLI and the books show.
 */
import type { HierarchyMethod } from "../intake/hierarchy";
import type { RoleKind } from "../intake/columnRoles";
import type { Fmt, StoredMessage } from "./format";
import { formatRupiahShort } from "../money";
import type { Aspect } from "../readiness/itemBank";
import { NO_EVIDENCE_REASON } from "../mapping/noEvidence";

/** Aspect names inside readiness sentences (lower case, as the Indonesian text reads). */
const ASPECT_ID: Readonly<Record<Aspect, string>> = { struktur: "struktur", infrastruktur: "infrastruktur", suprastruktur: "suprastruktur" };
/** Column parameters: letter, header text, header cell. */

export interface ColumnParam {
  readonly letter: string;
  readonly header: string;
  readonly cell: string;
}
/** A nested message parameter (rendered in the same language). */
type NestedMessage = StoredMessage;
/** Why a programme's yearly budget was moved (schedule.ts). */
export type ShiftReason = { readonly kind: "none" } | { readonly kind: "endsBefore"; readonly year: number } | { readonly kind: "quickWin" } | { readonly kind: "dependency"; readonly dep: string } | { readonly kind: "ceiling" };
const shiftWhy = (w: ShiftReason) =>
  w.kind === "endsBefore" ? `pagunya berakhir sebelum ${w.year}` : w.kind === "quickWin" ? "quick win dimulai paling lambat tahun ke-2" : w.kind === "dependency" ? `menunggu prasyarat ${w.dep}` : w.kind === "ceiling" ? "plafon anggaran tahunan" : "";
/** A note or question text: its catalog key and parameters with the Indonesian rendering. */
export interface Worded {
  readonly key: string;
  readonly params: unknown;
  readonly message: string;
}
const topGroup = (share: number, f: Fmt) => (Math.abs(share - 1 / 3) < 1e-3 ? "sepertiga teratas" : `${f.dec(share * 100, 0)} % teratas`);
const MONTHS_ID = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];
type Where = { readonly file: string; readonly sheet: string };

export const ROLE_ID: Readonly<Record<RoleKind, string>> = {
  code: "kode",
  name: "nama program/kegiatan",
  indicator: "indikator",
  unit: "satuan",
  target: "target",
  budget: "pagu",
  opd: "perangkat daerah",
  location: "lokasi",
  fundSource: "sumber dana",
  opdCode: "kode perangkat daerah (SKPD)",
  subUnit: "sub unit",
  year: "tahun",
  ignore: "diabaikan",
};
const METHOD: Readonly<Record<HierarchyMethod, string>> = { indent: "indentasi sel", outline: "outline (grup baris)", leadingSpaces: "spasi di depan nama", bold: "huruf tebal" };
const cols = (cs: readonly ColumnParam[]) => cs.map((a) => `kolom ${a.letter} "${a.header || "(kosong)"}" (sel ${a.cell})`).join(", ");
const where = (w: Where) => `${w.file}, lembar "${w.sheet}"`;
/** A source cell as a parameter: file, sheet, cell. */
export interface SourceRef {
  readonly file: string;
  readonly sheet: string;
  readonly cell: string;
}
/** One budget year two sources disagree on (intake's merge). */
export interface BudgetConflict {
  readonly year: number;
  readonly had: number;
  readonly hadRef: SourceRef;
  readonly now: number;
  readonly nowRef: SourceRef;
  readonly keepNew: boolean;
  /** Which document binds more; null when both rank the same (the first read is kept). */
  readonly authority: "apbd" | "kuaPpas" | "planning" | null;
}
/** A programme line named in a note: code, name, OPD. */
export interface BudgetConflictLine {
  readonly code: string;
  readonly name: string;
  readonly opd: string;
}
export const NOT_PROGRAMME_ID: Readonly<Record<"pivot" | "salary" | "summary", string>> = {
  pivot: "ekstrak analis / tabel pivot (Row Labels, Sum of …)",
  salary: "daftar gaji/pegawai (NIP, golongan, gaji)",
  summary: "ringkasan per perangkat daerah (satu baris per OPD, tanpa program)",
};
const AUTHORITY_ID = { apbd: "ekspor APBD (SIPD)", kuaPpas: "KUA-PPAS/daftar pagu", planning: "tabel perencanaan" } as const;
const ref = (r: SourceRef) => `${r.file}, lembar "${r.sheet}", sel ${r.cell}`;
const line = (w: BudgetConflictLine) => `${w.code} "${w.name}" (${w.opd})`.trim();
const rpExact = (n: number) => `Rp ${n.toLocaleString("id-ID", { minimumFractionDigits: 0, maximumFractionDigits: 2 })}`;
const scaleWord = (s: number) => (s === 1e3 ? "ribuan" : s === 1e6 ? "jutaan" : "miliaran");

export const ID = {
  // ── intake: the generic reader ──
  "intake.skippedByMapping": (p: { sheet: string }) => `Lembar "${p.sheet}" dilewati sesuai file pemetaan (skipped by the mapping file).`,
  "intake.sheetEmpty": (p: { sheet: string }) => `Lembar "${p.sheet}" kosong (empty sheet), dilewati.`,
  "intake.noTable": (p: { sheet: string; rows: number }) =>
    `Lembar "${p.sheet}" tidak berisi tabel program: tidak ada baris judul kolom (Kode, Program/Uraian, Indikator, Pagu …) di baris 1–${p.rows} (not a programme table).`,
  "intake.levelColumns": (p: { levels: ReadonlyArray<{ level: string; letter: string }> }) =>
    `Setiap tingkat punya kolomnya sendiri (${p.levels.map((l) => `${l.level}: kolom ${l.letter}`).join(", ")}); program dan kegiatan yang berulang diimpor sekali.`,
  "intake.askTwoNames": (p: Where & { cols: readonly ColumnParam[] }) =>
    `${where(p)}: lebih dari satu kolom tampak seperti nama program/kegiatan — ${cols(p.cols)}; tentukan satu kolom "name" di file pemetaan (two columns look like the name).`,
  "intake.askNoName": (p: Where & { top: number; bottom: number; unsure: readonly ColumnParam[] }) =>
    `${where(p)}: kolom nama program/kegiatan tidak dapat ditentukan dari judul kolom baris ${p.top}–${p.bottom}${p.unsure.length ? `; kolom yang belum terpetakan: ${cols(p.unsure)}` : ""} (the name column could not be placed).`,
  "intake.askUnsureRoles": (p: Where & { cols: ReadonlyArray<ColumnParam & { role: RoleKind }> }) =>
    `${where(p)}: peran kolom belum pasti — ${p.cols.map((a) => `kolom ${a.letter} "${a.header}" (sel ${a.cell}) mungkin ${ROLE_ID[a.role]}`).join(", ")} (unsure columns; confirm them in a mapping file).`,
  "intake.codeColumnNotProgramme": (p: { letter: string; header: string; skpd: boolean }) =>
    `Kolom ${p.letter} "${p.header}" berisi ${p.skpd ? "kode perangkat daerah (SKPD), bukti OPD" : "kode rekening/akun, bukan kode program"}; tidak dibaca sebagai kode program.`,
  "intake.columnDuplicateUndated": (p: { letter: string; header: string; role: RoleKind; kept: string }) =>
    `Kolom ${p.letter} "${p.header}" juga ${ROLE_ID[p.role]} tanpa tahun; hanya kolom ${p.kept} yang dipakai (duplicate ${p.role} column).`,
  "intake.columnDuplicateYear": (p: { letter: string; header: string; role: RoleKind; year: number; kept: string }) =>
    `Kolom ${p.letter} "${p.header}" juga ${ROLE_ID[p.role]} ${p.year}; hanya kolom ${p.kept} yang dipakai (duplicate ${p.role} column).`,
  "intake.askYearUnknown": (p: Where & { cols: readonly ColumnParam[] }) =>
    `${where(p)}: tahun untuk ${cols(p.cols)} tidak diketahui — tidak ada kolom TAHUN, dan judul, judul kolom, nama lembar maupun nama file tidak menyebut tahun; tulis tahunnya di judul kolom (mis. "Pagu 2026") atau di file pemetaan (budget:2026) (year unknown).`,
  "intake.yearFromColumn": (p: { letter: string; header: string }) => `Tahun pagu/target tiap baris diambil dari kolom ${p.letter} "${p.header}".`,
  "intake.yearForColumns": (p: { year: number; cols: readonly ColumnParam[]; where: string }) =>
    `Tahun ${p.year} untuk ${p.cols.map((a) => `kolom ${a.letter} "${a.header}"`).join(", ")} diambil dari ${p.where}.`,
  "intake.yearPlanRelative": (p: { headers: readonly string[]; base: number }) =>
    `Judul kolom tahun rencana (${p.headers.map((h) => `"${h}"`).join(", ")}) dihitung dari tahun awal rencana ${p.base} (Tahun 1 = ${p.base}); lembar ini tidak menyebut tahunnya.`,
  "intake.amountScale": (p: { column: string; header: string; scale: number }, f: Fmt) =>
    `Kolom ${p.column ? `${p.column} ` : ""}"${p.header}" ditulis dalam ${scaleWord(p.scale)} Rupiah; nilainya dikalikan ${f.n(p.scale)}.`,
  "intake.columnDuplicateAlso": (p: { letter: string; header: string; role: RoleKind; kept: string }) =>
    `Kolom ${p.letter} "${p.header}" juga tampak sebagai ${ROLE_ID[p.role]}; hanya kolom ${p.kept} yang dipakai.`,
  "intake.columnUnknown": (p: { letter: string; header: string }) => `Kolom ${p.letter} "${p.header}" tidak dikenali dan tidak diimpor (unknown column).`,
  "intake.columnNumbersRow": (p: { row: number }) => `Baris ${p.row} berisi nomor kolom (1, 2, 3 …), dilewati.`,
  "intake.subtotalRowLabelled": (p: { row: number; label: string }) => `Baris ${p.row} "${p.label}" adalah baris jumlah/total, tidak diimpor (subtotal row skipped).`,
  "intake.hiddenRow": (p: { row: number }) => `Baris ${p.row} tersembunyi (hidden row) dan tidak diimpor; tampilkan baris itu bila isinya perlu diimpor.`,
  "intake.blankRows": (p: { rows: readonly number[] }) => `${p.rows.length} baris kosong pemisah dilewati (baris ${p.rows.join(", ")}).`,
  "intake.footer": (p: { row: number }) => `Catatan dan tanda tangan di bawah tabel (mulai baris ${p.row}) tidak diimpor.`,
  "intake.askCodeColumn": (p: Where & { cols: readonly ColumnParam[]; parsed: number; cells: number }) =>
    `${where(p)}: ${cols(p.cols)} berjudul kode tetapi sebagian besar isinya bukan kode program (${p.parsed} dari ${p.cells} sel); periksa kolom kode (code column does not hold codes).`,
  "intake.askHierarchy": (p: Where & ColumnParam) =>
    `${where(p)}: tingkat baris (program/kegiatan/sub kegiatan) tidak dapat ditentukan — tidak ada kolom kode, kode di depan nama, indentasi, outline, maupun huruf tebal di kolom ${p.letter} "${p.header}" (sel ${p.cell}); tambahkan "level" atau kolom "code" di file pemetaan (hierarchy unsure).`,
  "intake.hierarchyMethod": (p: { method: HierarchyMethod; letter: string }) => `Tingkat program/kegiatan ditentukan dari ${METHOD[p.method]} kolom ${p.letter}.`,
  "intake.hierarchyDeep": (p: { count: number; method: HierarchyMethod }) => `${p.count} tingkat ${METHOD[p.method]} ditemukan; tingkat keempat dan seterusnya dianggap sub kegiatan.`,
  "intake.opdFromSheetName": (p: { opd: string; sheet: string; cut: boolean }) =>
    `Perangkat daerah "${p.opd}" diambil dari nama lembar "${p.sheet}"${p.cut ? " (nama lembar dipotong Excel pada 31 karakter; periksa nama lengkapnya)" : ""}.`,
  "intake.outsideTable": (p: { cell: string; text: string }) => `Sel ${p.cell} berisi "${p.text}" di luar kolom tabel; tidak diimpor (value outside the table).`,
  "intake.rowWithoutName": (p: { row: number; code: string | null; cell: string }) =>
    `Baris ${p.row} ${p.code ? `kode ${p.code} tanpa nama` : "tanpa kode dan nama"} (sel ${p.cell} kosong), tidak diimpor.`,
  "intake.headingRow": (p: { row: number; code: string; name: string; urusan: boolean }) =>
    `Baris ${p.row} "${p.code} ${p.name}" adalah baris ${p.urusan ? "urusan" : "bidang urusan"}, bukan program; tidak diimpor.`,
  "intake.badCode": (p: { code: string; row: number }) => `Kode "${p.code}" di baris ${p.row} tidak berbentuk U.BB.PP.K.KK.SSSS; baris tidak diimpor.`,
  "intake.shortCode": (p: { code: string; row: number }) => `Kode "${p.code}" di baris ${p.row} belum lengkap (nomor kegiatan hilang); dianggap kegiatan.`,
  "intake.rowWithoutCodeLevel": (p: { row: number; name: string }) => `Baris ${p.row} "${p.name}" tidak berkode di tabel berkode; tingkatnya tidak dapat ditentukan, tidak diimpor.`,
  "intake.opdUnknownGeneric": (p: { row: number }, f: Fmt) =>
    `Perangkat daerah untuk baris ${p.row} tidak diketahui (tidak ada kolom OPD, judul, atau nama file yang menyebutnya); ${f.face === "pane" ? "tambahkan kolom OPD atau judul yang menyebutnya di file sumber." : 'tambahkan "opd" di file pemetaan.'}`,
  "intake.orphanNamed": (p: { kegiatan: boolean; name: string; row: number }) =>
    `${p.kegiatan ? "Kegiatan" : "Sub kegiatan"} "${p.name}" di baris ${p.row} tidak berada di bawah ${p.kegiatan ? "program" : "kegiatan"} mana pun di lembar ini.`,
  "intake.yearCellBad": (p: { cell: string; text: string; row: number }) => `Tahun di sel ${p.cell} ("${p.text}") bukan tahun; pagu/target baris ${p.row} tidak diimpor (year unknown).`,
  "intake.badBudget": (p: { year: number; cell: string; text: string }) => `Pagu ${p.year} di sel ${p.cell} berisi "${p.text}" yang bukan jumlah Rupiah; dibiarkan kosong (not a Rupiah amount).`,
  "intake.negativeBudgetText": (p: { year: number; cell: string; text: string }) => `Pagu ${p.year} di sel ${p.cell} negatif (${p.text}).`,
  "intake.opdFromFileName": (p: { opd: string; file: string }) => `Perangkat daerah "${p.opd}" diambil dari nama file "${p.file}" (tidak ada kolom OPD atau judul yang menyebutnya).`,
  // ── intake: KUA-PPAS, LRA, RAK, old Renja, per-year Renja, flat exports, the merge ──
  "intake.opdPaguDiffers": (p: { opd: string; cell: string; pagu: number; detail: number }, f: Fmt) =>
    `Pagu OPD "${p.opd}" di sel ${p.cell} (${f.rp(p.pagu)}) berbeda dari jumlah pagu sub kegiatannya (${f.rp(p.detail)}), selisih ${f.rp(p.pagu - p.detail)}; yang diimpor adalah baris rincian sub kegiatan (OPD total differs from its detail rows; the detail rows are used).`,
  "intake.askKuaYear": (p: Where) =>
    `${where(p)}: tahun anggaran tidak disebut di judul kolom (mis. "Target 2024"), judul tabel, atau nama lembar; tahun berapa pagu dan target ini? (no year found)`,
  "intake.yearFrom": (p: { year: number; where: string }) => `Tahun ${p.year} diambil dari ${p.where}.`,
  "intake.subtotalRow": (p: { row: number; label: string }) => `Baris ${p.row} "${p.label}" adalah baris jumlah, tidak diimpor.`,
  "intake.subtotalRowPlain": (p: { row: number }) => `Baris ${p.row} adalah baris jumlah/total, tidak diimpor (subtotal row skipped).`,
  "intake.footerQuoted": (p: { row: number; text: string }) => `Catatan dan tanda tangan di bawah tabel (mulai baris ${p.row}: "${p.text}") tidak diimpor.`,
  "intake.subUnitOfSkpd": (p: { unit: string; unitCode: string; skpd: string; skpdCode: string }) =>
    `"${p.unit}" (${p.unitCode}) adalah sub unit dari SKPD "${p.skpd}" (${p.skpdCode}) di file ini: baris-barisnya diimpor sebagai OPD "${p.skpd}" dengan sub unit "${p.unit}"; baris yang sama dari beberapa sub unit dijumlahkan (the OPD is the SKPD; sub unit kept in its column).`,
  "intake.badOpdPagu": (p: { cell: string; text: string }) => `Pagu OPD di sel ${p.cell} berisi "${p.text}" yang bukan jumlah Rupiah.`,
  "intake.rowWithoutCode": (p: { row: number; text: string }) => `Baris ${p.row} "${p.text}" tidak berkode di tabel berkode; tidak diimpor.`,
  "intake.opdUnknownKua": (p: { row: number }) => `Perangkat daerah untuk baris ${p.row} tidak diketahui: tidak ada baris OPD (kode SKPD dan nama) di atasnya, dan judul tabel tidak menyebutnya.`,
  "intake.indicatorTargetLines": (p: { row: number; indicators: number; targets: number }) => `Baris ${p.row}: ${p.indicators} indikator tetapi ${p.targets} target; target diimpor seperti tertulis.`,
  "intake.negativeBudget": (p: { year: number; cell: string }) => `Pagu ${p.year} di sel ${p.cell} negatif.`,
  "intake.subkegiatanOnly": (p: { rows: number }) => `Lembar ini hanya berisi sub kegiatan (${p.rows} baris); program dan kegiatan induknya tidak ada di lembar ini dan tidak dibuat-buat.`,
  "intake.orphanCode": (p: { kegiatan: boolean; code: string; row: number }) =>
    `${p.kegiatan ? "Kegiatan" : "Sub kegiatan"} ${p.code} di baris ${p.row} tidak berada di bawah ${p.kegiatan ? "program" : "kegiatan"} mana pun di lembar ini.`,
  "intake.headingRows": (p: { count: number }) => `${p.count} baris urusan/bidang urusan adalah judul kelompok, bukan program; tidak diimpor.`,
  "intake.opdFromTitle": (p: { opd: string; cell: string }) => `Lembar tanpa baris OPD: perangkat daerah "${p.opd}" diambil dari judul tabel (sel ${p.cell}).`,
  "intake.opdFromSheetNoRow": (p: { opd: string; sheet: string; cut: boolean }) =>
    `Lembar tanpa baris OPD: perangkat daerah "${p.opd}" diambil dari nama lembar "${p.sheet}"${p.cut ? ", yang mungkin terpotong pada 31 karakter — periksa namanya" : ""}.`,
  "intake.askReportYear": (p: Where & { top: number; rak: boolean }) =>
    p.rak
      ? `${where(p)}: rencana anggaran kas (RAK) tanpa tahun anggaran — judul (baris 1–${p.top}) tidak menyebut "TAHUN ANGGARAN …". Tahun berapa RAK ini?`
      : `${where(p)}: laporan realisasi (LRA) tanpa tahun anggaran — judul (baris 1–${p.top}) tidak menyebut "TAHUN ANGGARAN …". Tahun berapa laporan ini?`,
  "intake.yearFromNotTitle": (p: { year: number; where: string }) => `Tahun ${p.year} diambil dari ${p.where} (judul tidak menyebut tahun anggaran).`,
  "intake.periodUnknownLra": (p: { year: number }) =>
    `Periode laporan realisasi tidak disebut di judul, nama lembar atau nama file; realisasi dicatat untuk tahun anggaran ${p.year} tanpa bulan. Sebutkan periodenya (mis. "s.d. Maret ${p.year}").`,
  "intake.periodUnknownRak": (p: { year: number }) => `Periode realisasi tidak disebut di judul, nama lembar atau nama file; realisasi dicatat untuk tahun anggaran ${p.year} tanpa bulan.`,
  "intake.periodFrom": (p: { period: string; where: string }) => `Periode realisasi "${p.period}" diambil dari ${p.where} (judul laporan tidak menyebutnya).`,
  "intake.lraFromAccounts": (p: { code: string; count: number }) => `Sub kegiatan ${p.code} tanpa angka pada barisnya: anggaran dan realisasi dijumlah dari ${p.count} baris rekening di bawahnya.`,
  "intake.rakFromAccounts": (p: { code: string }) => `Sub kegiatan ${p.code} tanpa angka pada barisnya: anggaran dijumlah dari baris rekening di bawahnya.`,
  "intake.badAmount": (p: { text: string }) => `"${p.text}" bukan angka rupiah; dianggap kosong.`,
  "intake.rowSkippedReport": (p: { row: number; text: string }) => `Baris ${p.row} ("${p.text}") bukan kode urusan, SKPD, program atau rekening; tidak diimpor.`,
  "intake.rowSkippedRak": (p: { row: number; text: string }) => `Baris ${p.row}: "${p.text}" bukan kode urusan, SKPD, program atau rekening; tidak diimpor.`,
  "intake.askReportOpd": (p: Where & { row: number; code: string; rak: boolean }) =>
    `${where(p)}: baris ${p.row} (${p.code}) muncul sebelum baris SKPD (kode 8 bagian dan nama OPD), dan judul tidak menyebut OPD. OPD mana pemilik ${p.rak ? "RAK" : "laporan"} ini?`,
  "intake.noTotal": (p: { rak: boolean }) => `Baris "Jumlah" penutup tabel tidak ditemukan; periksa apakah ${p.rak ? "RAK" : "laporan"} terpotong.`,
  "intake.layoutLra": (p: { period: string | null; year: number; subs: number; groups: number; accounts: number }) =>
    `Dibaca sebagai laporan realisasi SIPD (LRA) ${p.period ?? `TA ${p.year} (periode tidak disebut)`}: ${p.subs} sub kegiatan; anggaran = jumlah kolom Anggaran (${p.groups} kelompok belanja), realisasi disimpan untuk Monev; ${p.accounts} baris rekening dilipat ke sub kegiatannya.`,
  "intake.rakPlanGap": (p: { count: number; header: string }) =>
    `${p.count} sub kegiatan: jumlah rencana kas per bulan tidak sama dengan anggarannya (RAK belum lengkap); anggaran diambil dari kolom ${p.header}.`,
  "intake.layoutRak": (p: { year: number; subs: number; from: "budget" | "total" | "months"; months: number; accounts: number; noRealisation: boolean }) =>
    `Dibaca sebagai rencana anggaran kas SIPD (RAK) tahun ${p.year}: ${p.subs} sub kegiatan, anggaran dari ${p.from === "budget" ? "kolom anggaran" : p.from === "total" ? "kolom jumlah" : `jumlah ${p.months} kolom bulan`}; ${p.accounts} baris rekening dilipat ke sub kegiatannya.${p.noRealisation ? " Rencana kas bukan realisasi: tidak ada realisasi yang dicatat." : ""}`,
  "intake.askOldYear": (p: Where & { cols: ReadonlyArray<{ letter: string; header: string }> }) =>
    `${where(p)}: tahun untuk ${p.cols.map((c) => `kolom ${c.letter} "${c.header}"`).join(", ")} tidak disebut di judul kolom, judul tabel, atau nama lembar; tahun berapa? (no year found)`,
  "intake.amountScaleOld": (p: { letter: string; header: string; scale: number }, f: Fmt) =>
    `Kolom ${p.letter} "${p.header}" dalam ${p.scale === 1000 ? "ribuan" : "jutaan"} rupiah: setiap nilai dikalikan ${f.n(p.scale)}.`,
  "intake.badOldCode": (p: { code: string; row: number; programParts: number; kegiatanParts: number }) =>
    `Kode "${p.code}" di baris ${p.row} tidak cocok dengan susunan kode format lama lembar ini (program ${p.programParts} bagian, kegiatan ${p.kegiatanParts} bagian); tidak diimpor.`,
  "intake.rowWithoutNameOld": (p: { row: number; code: string }) => `Baris ${p.row} kode ${p.code} tanpa nama, tidak diimpor.`,
  "intake.opdUnknownOld": (p: { row: number }) => `Perangkat daerah untuk baris ${p.row} tidak diketahui: tidak ada baris organisasi (kode U.BB.SS) atau judul "Nama SKPD" di atasnya.`,
  "intake.badBudgetPlain": (p: { year: number; cell: string; text: string }) => `Pagu ${p.year} di sel ${p.cell} berisi "${p.text}" yang bukan jumlah Rupiah; dibiarkan kosong.`,
  "intake.oldCodes": (p: { programParts: number; kegiatanParts: number }) =>
    `Kode format lama (sebelum 2019): program ${p.programParts} bagian, kegiatan ${p.kegiatanParts} bagian; kode disimpan seperti tertulis.`,
  "intake.yearSheet": (p: { sheet: string; year: number; where: string }) => `Lembar "${p.sheet}" adalah tahun ${p.year} (dari ${p.where}); pagu dan targetnya masuk ke tahun ${p.year}.`,
  "intake.yearSheetBudgetConflict": (
    p: { year: number; code: string; name: string; old: number; oldSheet: string; oldCell: string; now: number; sheet: string; cell: string; useNew: boolean },
    f: Fmt,
  ) =>
    `Pagu ${p.year} untuk ${p.code} "${p.name}" berbeda: ${f.rp(p.old)} di lembar "${p.oldSheet}" (baris sel ${p.oldCell}), ${f.rp(p.now)} di lembar "${p.sheet}" (baris sel ${p.cell}); yang dipakai ${p.useNew ? `lembar "${p.sheet}" (lembar tahun ${p.year} sendiri)` : `lembar "${p.oldSheet}"`} — periksa keduanya.`,
  "intake.yearSheetMerged": (p: { sheet: string; first: string }) => `Baris lembar "${p.sheet}" digabung dengan lembar "${p.first}" (satu lembar per tahun; setiap tahun di kolomnya sendiri).`,
  "intake.notProgramme": (p: { sheet: string; what: "pivot" | "salary" | "summary"; row: number }) =>
    `Lembar "${p.sheet}" dilewati: ${NOT_PROGRAMME_ID[p.what]}, bukan tabel program (judul kolom baris ${p.row}); tabel program di lembar lain tetap diimpor (not a programme table, skipped).`,
  "intake.askFlatYear": (p: Where & ColumnParam, f: Fmt) =>
    `${where(p)}: tahun untuk kolom ${p.letter} "${p.header}" (sel ${p.cell}) tidak diketahui — tidak ada kolom TAHUN, dan judul, judul kolom, nama lembar maupun nama file tidak menyebut tahun; ${f.face === "pane" ? 'tulis tahunnya di judul kolom (mis. "Pagu 2026") di file sumber.' : "tulis tahunnya di file pemetaan (budget:2026) (year unknown)."}`,
  "intake.yearPerRow": (p: { letter: string; header: string }) => `Tahun tiap baris diambil dari kolom ${p.letter} "${p.header}".`,
  "intake.rowWithoutSubCode": (p: { row: number; name: string; cell: string }) => `Baris ${p.row} "${p.name}" tidak berkode sub kegiatan (U.BB.PP.K.KK.SSSS) di sel ${p.cell}; tidak diimpor.`,
  "intake.opdEmpty": (p: { row: number; cell: string }) => `Perangkat daerah untuk baris ${p.row} kosong (sel ${p.cell}); tidak diimpor.`,
  "intake.badBudgetFlat": (p: { cell: string; text: string }) => `Pagu di sel ${p.cell} berisi "${p.text}" yang bukan jumlah Rupiah; tidak dijumlahkan (not a Rupiah amount).`,
  "intake.yearRowBad": (p: { row: number; text: string }) => `Tahun baris ${p.row} ("${p.text}") bukan tahun; pagunya tidak diimpor (year unknown).`,
  "intake.parentCodeMismatch": (p: { program: boolean; parent: string; row: number; code: string }) =>
    `Kode ${p.program ? "program" : "kegiatan"} ${p.parent} di baris ${p.row} tidak sesuai dengan kode sub kegiatan ${p.code}; induk diambil dari kode sub kegiatan.`,
  "intake.rowsWithoutCode": (p: { count: number }) => `${p.count} baris tanpa kode sub kegiatan yang sah tidak diimpor (lihat catatan per baris).`,
  "intake.flatExport": (p: { layout: string; subs: number; perFund: boolean; empty: number; manySubUnits: number }) =>
    `${p.layout}: ${p.subs} sub kegiatan dari baris-baris per sub kegiatan${p.perFund ? " × sumber dana" : ""}; pagu tiap sub kegiatan = jumlah tepat barisnya.${p.empty > 0 ? ` ${p.empty} sub kegiatan tanpa pagu (kolom pagu kosong).` : ""}${p.manySubUnits > 0 ? ` ${p.manySubUnits} sub kegiatan dijalankan lebih dari satu sub unit (semua sub unit disebut di kolom Sub Unit).` : ""}`,
  "intake.parentsFromCodes": (p: { program: boolean }) =>
    `Nama ${p.program ? "program" : "kegiatan"} tidak ada di berkas; ${p.program ? "program" : "kegiatan"} tidak dibuat sebagai baris tersendiri (namanya tidak dikarang).`,
  "intake.budgetConflict": (p: { what: BudgetConflictLine; ref: SourceRef; conflicts: readonly BudgetConflict[] }) =>
    `Baris yang sama ${line(p.what)} juga ada di ${ref(p.ref)}: ${p.conflicts
      .map(
        (c) =>
          `pagu ${c.year} ${rpExact(c.had)} (${ref(c.hadRef)}) ≠ ${rpExact(c.now)} (${ref(c.nowRef)}); dipakai ${rpExact(c.keepNew ? c.now : c.had)} dari ${ref(c.keepNew ? c.nowRef : c.hadRef)} (${c.authority ? `dokumen yang lebih mengikat: ${AUTHORITY_ID[c.authority]}` : "peringkat dokumen sama: yang pertama dibaca dipakai"}), tidak dijumlahkan`,
      )
      .join("; ")}.`,
  "intake.duplicate": (p: { what: BudgetConflictLine; ref: SourceRef }) => `Duplikat: ${line(p.what)} sudah diimpor dari ${ref(p.ref)}; digabung menjadi satu baris (pagu per tahun tidak dijumlahkan).`,
  "intake.askNoTableInFile": (p: { file: string; sheets: readonly string[]; empty: boolean; rows: number }) =>
    p.empty
      ? `${p.file}: file kosong — tidak ada isi di lembar ${p.sheets.map((s) => `"${s}"`).join(", ")} (empty file).`
      : `${p.file}: tidak ada tabel program yang dikenali di lembar ${p.sheets.map((s) => `"${s}"`).join(", ")} — baris judul kolom (Kode, Program/Uraian, Indikator, Pagu …) tidak ditemukan di baris 1–${p.rows} (no recognizable header).`,
  "intake.duplicateFile": (p: { lines: number; first: string; second: string; example: BudgetConflictLine; conflicts: number }, f: Fmt) =>
    `${f.n(p.lines)} baris ${p.second} juga ada di ${p.first} (mis. ${line(p.example)}); digabung menjadi satu baris masing-masing, pagu per tahun tidak dijumlahkan${p.conflicts > 0 ? `; ${f.n(p.conflicts)} di antaranya berbeda pagu (lihat peringatan "budget-conflict")` : ""} (same lines in two files merged).`,
  "intake.askNoRows": (p: { file: string; sheets: readonly string[]; withHeader: ReadonlyArray<{ sheet: string; row: number }> }) =>
    p.withHeader.length > 0
      ? `${p.file}: tidak ada baris program di bawah judul kolom — lembar ${p.withHeader.map((h) => `"${h.sheet}" (judul kolom baris ${h.row})`).join(", ")} hanya berisi judul. Apakah ini file yang benar, atau ekspornya terpotong? (file has no programme rows)`
      : `${p.file}: tidak ada baris program di lembar ${p.sheets.map((s) => `"${s}"`).join(", ")}. Apakah ini file yang benar? (file has no programme rows)`,
  // ── mapping reasons: the connecting phrases of classify.ts's reasons (reasonText.ts) ──
  "reason.noEvidence": () => NO_EVIDENCE_REASON,
  "reason.inherits": () => "ikut program induk: ",
  "reason.localRule": () => "aturan lokal: ",
  "reason.from": () => "(dari ",
  "reason.manual": () => "manual (Pilar (manual))",
  "reason.support": () => "program penunjang (dilaporkan terpisah)",
  "reason.strongerThan": () => "(lebih kuat dari ",
  "reason.words": () => "kata: ",
  "reason.code": () => "kode ",
  "reason.noPillar": () => "Tanpa pilar",
  // ── mapping: manual pillar choices ──
  "mapping.overrideInvalid": (p: { text: string }) => `Pilar (manual) "${p.text}" tidak dikenal; pilih salah satu dari enam pilar. Baris ini dipetakan otomatis.`,
  "mapping.overrideOrphaned": (p: { pillar: string; name: string; code: string; opd: string; localRules: string }) =>
    `Pilihan manual ${p.pillar} untuk "${p.name}"${p.code ? ` (kode ${p.code})` : ""}${p.opd ? `, ${p.opd}` : ""} tidak menemukan programnya lagi di impor baru. Aturan lokalnya tetap di ${p.localRules}.`,
  // ── quick wins ──
  "quickwin.topShareInvalid": (p: { label: string; value: number }) => `${p.label}: ${p.value} di luar 1–100; sepertiga dipakai.`,
  "quickwin.weightNegative": (p: { id: string; value: number }) => `Bobot ${p.id} negatif (${p.value}); diabaikan.`,
  "quickwin.newEntryNoPillar": (p: { title: string; text: string }) => `Inisiatif baru "${p.title}" tanpa pilar yang dikenal ("${p.text}"); isi kolom Pilar (mis. Smart Living). Baris tetap disimpan.`,
  "quickwin.scoreOutOfRange": (p: { header: string; value: number }) => `${p.header}: ${p.value} di luar 1–5; nilai bawaan dipakai.`,
  "quickwin.ahpInvalid": (p: { detail: string }) => `${p.detail}; sel dianggap kosong.`,
  "quickwin.ahpMissing": (p: { pairwise: string }) => `Sumber bobot "ahp" dipilih tetapi belum ada matriks lengkap di ${p.pairwise}; bobot langsung dipakai.`,
  "quickwin.ahpInconsistent": (p: { cr: number | null }) => `CR gabungan ${p.cr?.toFixed(3)} > 0,10: penilaian AHP tidak konsisten.`,
  "quickwin.scoreOrphaned": (p: { id: string }) => `Program ${p.id} tidak ada lagi di hasil pemetaan; skornya tidak dipakai.`,
  "quickwin.rowNoPillar": (p: { title: string }) => `Baris "${p.title}" tanpa pilar yang dikenal; dipindah ke tabel "Inisiatif baru" — isi kolom Pilar agar ikut dinilai.`,
  "quickwin.penunjangSkipped": (p: { count: number }) => `${p.count} kegiatan program penunjang (X.XX.01) tidak dinilai sebagai quick win.`,
  "quickwin.unmappedSkipped": (p: { count: number }) => `${p.count} kegiatan belum dipetakan ke pilar; tidak dinilai.`,
  // ── roadmap and Monev ──
  "roadmap.duplicateId": (p: { title: string; id: string }) => `Inisiatif "${p.title}" memakai ID ganda ${p.id}; hanya yang pertama dijadwalkan.`,
  "roadmap.dependencyMissing": (p: { title: string; dep: string }) => `"${p.title}": inisiatif prasyarat ${p.dep} tidak ditemukan; prasyarat diabaikan.`,
  "roadmap.dependencyCycle": (p: { title: string; id: string; dep: string }) => `"${p.title}": urutan prasyarat melingkar (${p.id} → ${p.dep} → … → ${p.id}); prasyarat diabaikan.`,
  "roadmap.overCeiling": (p: { title: string; pillar: boolean }) =>
    `"${p.title}" melebihi plafon anggaran tahunan${p.pillar ? " pilar" : ""} di setiap tahun yang mungkin; dijadwalkan sedini mungkin dan perlu ditinjau.`,
  "roadmap.outsideHorizon": (p: { title: string; first: number; last: number; byYear: ReadonlyArray<{ year: number; amount: number }>; total: number }, f: Fmt) =>
    `"${p.title}": pagu di luar jangka waktu rencana ${p.first}–${p.last} tidak masuk roadmap (${p.byYear.map((y) => `${y.year} ${f.rp(y.amount)}`).join("; ")}; jumlah ${f.rp(p.total)}).`,
  "roadmap.beyondHorizon": (p: { title: string; last: number }) => `"${p.title}" berlanjut setelah ${p.last}; anggaran setelah tahun itu tidak dihitung.`,
  "roadmap.quickWinLate": (p: { title: string; year: number; ceiling: boolean }) => `Quick win "${p.title}" baru dapat dimulai ${p.year} (setelah tahun ke-2) karena ${p.ceiling ? "plafon anggaran" : "prasyaratnya"}.`,
  "roadmap.outsideSummary": (p: { count: number; first: number; last: number; total: number; example: NestedMessage | null; exampleText: string }, f: Fmt) =>
    `${p.count} program berjalan memiliki pagu di luar jangka waktu rencana ${p.first}–${p.last} (jumlah ${f.rp(p.total)}); pagu itu tidak masuk roadmap. Contoh: ${p.example ? f.m(p.example) : p.exampleText}`,
  "roadmap.empty": () => "Belum ada inisiatif berperingkat (Quick Win); Roadmap, buku dan Monev dibuat kosong.",
  "monev.orphaned": (p: { lines: ReadonlyArray<{ id: string; year: number }> }) =>
    `Isian Monev untuk ${p.lines.map((o) => `${o.id} (${o.year})`).join(", ")} tidak lagi cocok dengan Roadmap (ditampilkan di bawah tabel Monev).`,
  "monev.noTable": (p: { id: string; year: string; realisation: string }) => `Tabel Monev (kolom ${p.id}, ${p.year}, ${p.realisation}) tidak ditemukan; isian sebelumnya tidak dapat dibaca.`,
  "monev.badValue": (p: { text: string; id: string; year: number }) => `Realisasi "${p.text}" untuk ${p.id} tahun ${p.year} bukan persentase; dibiarkan kosong.`,
  "monev.realisationOutside": (p: { count: number; years: readonly number[]; first: number | null; last: number | null }) =>
    `${p.count} realisasi sub kegiatan tahun ${p.years.join(", ")} di luar tahun Monev (${p.first ?? "–"}–${p.last ?? "–"}); tidak ditampilkan.`,
  "monev.realisationUnmatched": (p: { count: number; code: string; opd: string; file: string }) =>
    `${p.count} realisasi sub kegiatan dari laporan (mis. ${p.code} ${p.opd}, ${p.file}) tidak cocok dengan kode inisiatif di Roadmap; tidak masuk Monev.`,
  // ── innovations ──
  "innovation.returned": (p: { count: number; opd: string | null; sheet: string }) => `${p.count} usulan inovasi dari ${p.opd ?? "lembar kerja OPD"} digabung ke lembar ${p.sheet}.`,
  "innovation.duplicate": (p: { name: string; opds: readonly string[] }) => `Inovasi "${p.name}" diusulkan oleh ${p.opds.length} OPD (${p.opds.join(", ")}); tinjau apakah digabung.`,
  "innovation.noPillar": (p: { name: string; opd: string }) =>
    `Inovasi "${p.name}" (${p.opd || "OPD belum diisi"}) belum punya pilar: isi kolom Pilar atau kode program yang sudah dipetakan; sampai itu belum dinilai.`,
  "innovation.stepsOrphaned": (p: { ids: readonly string[] }) => `Langkah untuk ${p.ids.join(", ")} disimpan, tetapi inisiatif itu tidak lagi quick win.`,
  "innovation.kindUnknown": (p: { text: string; choices: readonly string[] }) => `Jenis inovasi "${p.text}" tidak dikenal (pilihan: ${p.choices.join(", ")}); dibiarkan kosong.`,
  "innovation.noOpd": (p: { name: string }) => `Inovasi "${p.name}" tanpa OPD; isi kolom OPD.`,
  "innovation.costInvalid": (p: { name: string; text: string }) => `Biaya inovasi "${p.name}" tidak terbaca ("${p.text}"); dibiarkan kosong.`,
  // ── readiness ──
  "readiness.severalSheets": (p: { file: string }) => `Beberapa lembar Kesiapan diberikan; yang terakhir (${p.file}) dipakai.`,
  "readiness.noTable": (p: { file: string }) => `Tabel kuesioner (kolom ID, Pertanyaan, Jawaban) tidak ditemukan di ${p.file}.`,
  "readiness.opdMissing": (p: { opd: string; items: number }) => `Kuesioner ${p.opd} belum kembali (${p.items} butir).`,
  "readiness.answerRejected": (p: { item: string; detail: NestedMessage | null; text: string }, f: Fmt) => `${p.item}: ${p.detail ? f.m(p.detail) : p.text}`,
  "readiness.levelNotCounted": (p: { answer: string; range: string; label: string }) => `jawaban ${p.answer} di luar level ${p.range} (${p.label}); tidak dihitung`,
  "readiness.levelOutside": (p: { answer: string; quoted: boolean; range: string; label: string }) => `jawaban ${p.quoted ? `"${p.answer}"` : p.answer} di luar level ${p.range} (${p.label})`,
  "readiness.notLevel": (p: { answer: string; range: string }) => `jawaban "${p.answer}" bukan level ${p.range}`,
  "readiness.levelUnknown": (p: { answer: string; range: string; label: string }) => `jawaban "${p.answer}" tidak dikenali; pilih level ${p.range} (${p.label})`,
  "readiness.opdAnswer": (p: { opd: string; answer: NestedMessage }, f: Fmt) => `${p.opd}: ${f.m(p.answer)}`,
  "readiness.profileChanged": (p: { from: string; to: string }) => `Profil level berubah dari ${p.from} ke ${p.to}: jawaban dan target lama dikonversi.`,
  "readiness.rowUnknown": (p: { row: number; sheet: string; id: string }) =>
    `Baris ${p.row} di ${p.sheet}${p.id ? ` (${p.id})` : ""}: pilar, elemen, aspek atau pertanyaan tidak dikenali; baris disimpan tetapi tidak dihitung.`,
  "readiness.newItemId": (p: { row: number; sheet: string; id: string }) => `Baris ${p.row} di ${p.sheet}: butir baru tanpa ID diberi ID ${p.id}.`,
  "readiness.idTwice": (p: { id: string; sheet: string; row: number }) => `ID ${p.id} muncul dua kali di ${p.sheet} (baris ${p.row}); baris kedua diabaikan.`,
  "readiness.weightNegative": (p: { weight: number; id: string }) => `Bobot ${p.weight} untuk ${p.id} negatif; bobot semula dipakai.`,
  "readiness.targetOutside": (p: { target: number; id: string; lo: number; hi: number }) => `Target ${p.target} untuk ${p.id} di luar level ${p.lo}–${p.hi}; target semula dipakai.`,
  "readiness.receivedTwice": (p: { opd: string; first: string; second: string }) => `Kuesioner ${p.opd} diterima dua kali (${p.first}; ${p.second}); yang terakhir dipakai.`,
  "readiness.itemUnknown": (p: { id: string; where: string }) => `Butir ${p.id} (${p.where}) tidak ada di bank butir; jawabannya diabaikan.`,
  "readiness.summary": (p: { index: string; predicate: string | null; missing: number }) => `Indeks kesiapan ${p.index} (${p.predicate ?? "belum dinilai"}); ${p.missing} butir belum dijawab.`,
  "readiness.swotStrong": (p: { topic: string; pillar: string; level: string; evidence: string }) => `${p.topic} (${p.pillar}, level ${p.level}${p.evidence ? `; data dukung: ${p.evidence}` : ""})`,
  "readiness.swotWeak": (p: { topic: string; pillar: string; level: string; target: number }) => `${p.topic} (${p.pillar}, level ${p.level} dari target ${p.target})`,
  "readiness.swotUnanswered": (p: { count: number }) => `${p.count} butir belum dijawab`,
  "readiness.swotNoEvidence": (p: { count: number }) => `${p.count} jawaban tanpa data dukung`,
  "readiness.swotIndex": (p: { aspect: Aspect; index: string; predicate: string }) => `Indeks ${ASPECT_ID[p.aspect]} ${p.index} (${p.predicate}).`,
  "readiness.swotNoStrength": () => "Belum ada butir yang mencapai target.",
  "readiness.swotNoGap": () => "Tidak ada kesenjangan terhadap target.",
  "readiness.narrativeNone": (p: { pillar: string; total: number }) => `Kesiapan ${p.pillar} belum dapat dinilai: belum ada butir yang dijawab (${p.total} butir).`,
  "readiness.narrativeIndex": (p: { pillar: string; index: string; max: number; predicate: string; target: string | null; reached: boolean }) =>
    `Kesiapan ${p.pillar} berada pada indeks ${p.index} dari ${p.max} (${p.predicate})${p.target === null ? "" : p.reached ? `, sudah mencapai target ${p.target}` : `, di bawah target ${p.target}`}.`,
  "readiness.narrativeAspects": (p: { strongest: Aspect; strongIndex: string; weakest: Aspect; weakIndex: string }) =>
    `Aspek terkuat adalah ${ASPECT_ID[p.strongest]} (${p.strongIndex}), sedangkan ${ASPECT_ID[p.weakest]} paling lemah (${p.weakIndex}).`,
  "readiness.narrativeElements": (p: { best: string; worst: string }) => `Elemen ${p.best} paling siap, elemen ${p.worst} paling tertinggal.`,
  "readiness.narrativeGap": (p: { topic: string; level: string; target: number }) => `${p.topic} (level ${p.level}, target ${p.target})`,
  "readiness.narrativeGaps": (p: { gaps: string }) => `Kesenjangan utama: ${p.gaps}.`,
  "readiness.narrativeMissing": (p: { missing: number; total: number }) => `${p.missing} dari ${p.total} butir belum dijawab sehingga hasil ini sementara.`,
  // ── Kesiapan and Hasil Kesiapan sheets (headers read back: headers.ts) ──
  "sheet.readiness.title": (p: { region: string }) => `Kuesioner Kesiapan Smart City${p.region ? ` – ${p.region}` : ""}`,
  "sheet.readiness.subtitle": () =>
    "Isi kolom kuning: Jawaban (pilih level), Data dukung dan Catatan. Bobot, Target, Pertanyaan dan OPD penjawab boleh diubah; " +
    "baris baru (isi Pilar, Elemen, Aspek, Pertanyaan) menjadi butir baru, baris yang dihapus tidak dipakai lagi. Jawaban tidak hilang saat lembar dibuat ulang.",
  "sheet.readiness.scale": () => "Skala",
  "sheet.readiness.levels": () => "Level",
  "sheet.readiness.answered": () => "Butir terjawab",
  "sheet.readiness.answeredOf": (p: { answered: number; total: number }) => `${p.answered} dari ${p.total}`,
  "sheet.readiness.printHeader": () => "Kuesioner Kesiapan Smart City",
  "sheet.result.title": (p: { region: string }) => `Hasil Kesiapan Smart City${p.region ? ` – ${p.region}` : ""}`,
  "sheet.result.subtitle": (p: { profile: string }) =>
    `${p.profile}. Indeks = rata-rata tertimbang level butir yang dijawab; butir kosong tidak dihitung nol. Kolom kuning boleh diubah dan tidak hilang saat lembar dibuat ulang.`,
  "sheet.result.overall": () => "Indeks kesiapan keseluruhan",
  "sheet.result.predicate": () => "Predikat",
  "sheet.result.noAnswers": () => "belum ada jawaban",
  "sheet.result.indexScale": () => "Skala indeks",
  "sheet.result.answered": () => "Butir terjawab",
  "sheet.result.missing": () => "Butir belum dijawab",
  "sheet.result.noEvidence": () => "Jawaban tanpa data dukung",
  "sheet.result.combine": () => "Gabungan jawaban OPD",
  "sheet.result.combineMin": () => "minimum (paling hati-hati)",
  "sheet.result.combineMean": () => "rata-rata",
  "sheet.result.byPillarAspect": () => "Indeks per pilar dan aspek",
  "sheet.result.pillarIndex": () => "Indeks pilar",
  "sheet.result.overallRow": () => "Keseluruhan",
  "sheet.result.heatPillarAspect": () => "Peta panas: pilar × aspek (indeks)",
  "sheet.result.elementN": (p: { n: number }) => `Elemen ${p.n}`,
  "sheet.result.index": () => "Indeks",
  "sheet.result.heatElements": () => "Peta panas: 18 elemen (indeks)",
  "sheet.result.vsTarget": () => "Capaian dibanding target per pilar",
  "sheet.result.current": () => "Saat ini",
  "sheet.result.radar": () => "Kesiapan per pilar: saat ini dan target",
  "sheet.result.gapsHeading": () => "Kesenjangan terbesar (bobot × selisih terhadap target)",
  "sheet.result.rank": () => "Peringkat",
  "sheet.result.item": () => "Butir",
  "sheet.result.answer": () => "Jawaban",
  "sheet.result.gap": () => "Selisih",
  "sheet.result.weight": () => "Bobot",
  "sheet.result.priority": () => "Prioritas",
  "sheet.result.swotHeading": () => "Analisis SWOT per aspek (draf)",
  "sheet.result.narrativeHeading": () => "Narasi per pilar (untuk Buku I; boleh disunting)",
  "sheet.result.missingHeading": (p: { count: number }) => `Butir belum dijawab (${p.count})`,
  "sheet.result.question": () => "Pertanyaan",
  "sheet.result.opds": () => "OPD penjawab",
  "sheet.result.rejectedHeading": () => "Jawaban ditolak (di luar level yang sah)",
  "sheet.result.value": () => "Nilai",
  "sheet.result.problem": () => "Masalah",
  "sheet.result.location": () => "Lokasi",
  "sheet.result.disagreeHeading": () => "Perbedaan jawaban antar-OPD (selisih ≥ 2 level)",
  "sheet.result.perOpd": () => "Jawaban per OPD",
  "sheet.result.missingOpdsHeading": () => "OPD yang belum menjawab",
  "sheet.result.returned": () => "Kuesioner kembali",
  "sheet.result.itemCount": () => "Jumlah butir",
  "sheet.result.yes": () => "ya",
  "sheet.result.no": () => "tidak",
  "sheet.result.consolidationNotes": () => "Catatan penggabungan",
  "sheet.result.printHeader": () => "Hasil Kesiapan Smart City",
  "sheet.result.bookHeading": () => "Hasil Analisis Kesiapan Daerah",
  "sheet.result.bookSummary": (p: { index: string; max: number; predicate: string | null; answered: number; total: number; profile: string }) =>
    `Indeks kesiapan keseluruhan ${p.index} dari ${p.max} (${p.predicate ?? "belum dinilai"}), dari ${p.answered} butir terjawab (${p.total} butir; ${p.profile}).`,
  "sheet.result.bookSwot": () => "Analisis SWOT per aspek",
  // ── Buku I ──
  "sheet.book1.subtitle": () => "Analisis Kesiapan Daerah",
  "sheet.book1.profile": () => "1. Profil Daerah",
  "sheet.book1.vision": () => "2. Visi, Misi dan Tujuan Smart City",
  "sheet.book1.readiness": () => "3. Hasil Analisis Kesiapan",
  "sheet.book1.notYet": (p: { sheet: string }) => `Hasil kesiapan belum tersedia: isi lembar ${p.sheet} lalu buat ulang buku ini.`,
  // ── Bobot AHP sheet ──
  "sheet.ahp.title": () => "Bobot AHP – Perbandingan Berpasangan",
  "sheet.ahp.subtitle": (p: { sheet: string; label: string }) => `Hasilnya dipakai di lembar ${p.sheet} bila "${p.label}" diisi "ahp".`,
  "sheet.ahp.howTo": () => "Cara mengisi",
  "sheet.ahp.howTo1": () =>
    "Untuk setiap pasangan, isi sel kuning (segitiga atas): seberapa penting kriteria BARIS dibanding kriteria KOLOM, skala Saaty 1–9. Bila kriteria kolom yang lebih penting, isi kebalikannya (1/3, 1/5, …). Diagonal selalu 1; segitiga bawah dihitung otomatis sebagai kebalikan saat lembar dibuat ulang.",
  "sheet.ahp.howTo2": (p: { limit: number }, f: Fmt) =>
    `Bobot = vektor eigen utama matriks (Saaty 1990). CR (rasio konsistensi) = CI/RI dengan RI Saaty; CR di atas ${f.dec(p.limit, 2)} berarti penilaian perlu ditinjau. Beberapa peserta digabung dengan rata-rata geometrik per sel; konsensus (0–100 %) = homogenitas relatif berbasis entropi Shannon (Goepel 2013).`,
  "sheet.ahp.howTo3": () => "Tambah peserta: isi matriks kosong di bagian bawah; saat dibuat ulang, matriks kosong baru ditambahkan.",
  "sheet.ahp.saatyTitle": () => "Skala Saaty",
  "sheet.ahp.value": () => "Nilai",
  "sheet.ahp.meaning": () => "Arti",
  "sheet.ahp.saaty": (p: { value: number }) =>
    p.value === 1 ? "Sama penting" : p.value === 3 ? "Sedikit lebih penting" : p.value === 5 ? "Lebih penting" : p.value === 7 ? "Sangat lebih penting" : "Mutlak lebih penting",
  "sheet.ahp.between": () => "Nilai antara",
  "sheet.ahp.inverse": () => "Kebalikan: kriteria kolom lebih penting",
  "sheet.ahp.participantN": (p: { n: number }) => `Peserta ${p.n}`,
  "sheet.ahp.participant": () => "Peserta",
  "sheet.ahp.matrixHeader": () => "Kriteria (baris dibanding kolom)",
  "sheet.ahp.incomplete": () => "Belum lengkap: isi semua sel kuning (segitiga atas).",
  "sheet.ahp.consistent": (p: { limit: number }, f: Fmt) => `Konsisten (CR ≤ ${f.dec(p.limit, 2)}).`,
  "sheet.ahp.inconsistent": (p: { cr: number; limit: number }, f: Fmt) => `PERINGATAN: CR ${f.dec(p.cr, 3)} > ${f.dec(p.limit, 2)} — penilaian tidak konsisten, tinjau ulang.`,
  "sheet.ahp.combinedHeading": () => "Gabungan (rata-rata geometrik)",
  "sheet.ahp.combinedWeight": () => "Bobot gabungan",
  "sheet.ahp.complete": () => "Peserta lengkap",
  "sheet.ahp.lambdaCombined": () => "λmax gabungan",
  "sheet.ahp.crCombined": () => "CR gabungan",
  "sheet.ahp.consensus": () => "Konsensus",
  "sheet.ahp.noMatrix": () => "Belum ada matriks lengkap: bobot langsung dipakai.",
  "sheet.ahp.groupConsistent": () => "Konsisten.",
  "sheet.ahp.groupInconsistent": (p: { limit: number }, f: Fmt) => `PERINGATAN: CR gabungan > ${f.dec(p.limit, 2)}; tinjau penilaian.`,
  "roadmap.paguShifted": (p: { title: string; from: string; later: boolean; years: number; to: string; why: ShiftReason }) =>
    `"${p.title}": pagu ${p.from} di${p.later ? "mundurkan" : "majukan"} ${p.years} tahun ke ${p.to} (${shiftWhy(p.why)}).`,
  "roadmap.paguShiftedMany": (p: { count: number; from: string; later: boolean; years: number; to: string; why: ShiftReason; example: string }) =>
    `${p.count} program: pagu ${p.from} di${p.later ? "mundurkan" : "majukan"} ${p.years} tahun ke ${p.to} (${shiftWhy(p.why)}); contoh: "${p.example}".`,
  "roadmap.unscheduledLate": (p: { title: string; dep: string | null; needYear: number; first: number; last: number }) =>
    `"${p.title}" tidak terjadwal: ${p.dep !== null ? `prasyarat ${p.dep} baru selesai ${p.needYear - 1}; pagu tahunannya baru dapat dimulai ${p.needYear}, setelah ${p.last}.` : `pagu programnya baru mulai ${p.first}, setelah ${p.last}.`}`,
  "roadmap.unscheduledDependency": (p: { title: string; dep: string; afterEnd: boolean }) =>
    `"${p.title}" tidak terjadwal: prasyarat ${p.dep} ${p.afterEnd ? "selesai setelah akhir jangka waktu rencana" : "tidak terjadwal"}.`,
  // ── sheet texts: titles and fixed sentences of the generated sheets (headers: headers.ts) ──
  "sheet.program.title": () => "Program Perangkat Daerah (hasil impor)",
  "sheet.program.subtitle": (p: { rows: number; opds: number; file: string; sheet: string; cell: string }) =>
    `${p.rows} baris dari ${p.opds} perangkat daerah. Dibuat ulang setiap impor; sumber tiap baris ada di kolom ${p.file}, ${p.sheet} dan ${p.cell}.`,
  "sheet.program.footer": () => "Program Perangkat Daerah",
  "sheet.notes.title": () => "Catatan Impor",
  "sheet.notes.subtitle": (p: { error: number; warning: number; info: number; reference: string }) =>
    `${p.error} galat, ${p.warning} peringatan, ${p.info} info. ${p.reference} dapat diketik di kotak Go To (Ctrl+G) saat file sumber terbuka.`,
  "sheet.total": () => "Total",
  "sheet.mapping.title": () => "Pemetaan Program ke Pilar Smart City",
  "sheet.mapping.subtitle": (p: { manual: string; percent: number }) =>
    `Isi "${p.manual}" untuk mengubah pilar; pilihan Anda dipertahankan saat impor ulang dan menjadi aturan lokal. Baris berwarna: keyakinan di bawah ${p.percent} %.`,
  "sheet.mapping.support": () => "Program penunjang (X.XX.01) — dilaporkan terpisah, tidak masuk ringkasan",
  "sheet.mapping.noOpd": () => "(tanpa OPD)",
  "sheet.mapping.countShort": () => "jml",
  "sheet.mapping.summary": () => "Ringkasan (baris terendah: sub kegiatan, atau kegiatan/program tanpa rincian)",
  "sheet.mapping.perOpd": () => "Jumlah dan pagu per pilar × OPD",
  "sheet.mapping.perElement": () => "Jumlah dan pagu per elemen",
  // ── Quick Win sheet ──
  "sheet.qw.title": () => "Quick Win dan Prioritas Inisiatif",
  "sheet.qw.subtitle": () => "Sel kuning boleh diubah; lembar ini dibaca ulang saat dibuat ulang.",
  "sheet.qw.weightsHeading": () => "Bobot kriteria",
  "sheet.qw.summary": () => "Ringkasan",
  "sheet.qw.rated": () => "Jumlah inisiatif dinilai",
  "sheet.qw.count": () => "Jumlah quick win",
  "sheet.qw.cutLabel": () => "Batas kelompok teratas",
  "sheet.qw.cut": (p: { rank: number; share: number; score: number }, f: Fmt) => `peringkat ≤ ${p.rank} (${topGroup(p.share, f)}), skor ≥ ${f.dec(p.score, 3)}`,
  "sheet.qw.clarityLabel": () => "Kejelasan batas",
  "sheet.qw.clarity": (p: { clear: boolean; gap: number }, f: Fmt) =>
    p.clear
      ? `Jelas: selisih skor di batas ${f.dec(p.gap, 0)} %.`
      : `Tidak ada pemenang yang jelas: skor terakhir di dalam dan pertama di luar kelompok teratas berselisih ${f.dec(p.gap, 0)} % (< 10 %).`,
  "sheet.qw.conditionsLabel": () => "Syarat quick win",
  "sheet.qw.conditions": (p: { months: number; limit: number }, f: Fmt) => `selesai ≤ ${p.months} bulan; biaya ${p.limit > 0 ? `≤ Rp ${f.dec(p.limit, 0)}` : "tanpa batas"}`,
  "sheet.qw.weightsFromLabel": () => "Bobot dari",
  "sheet.qw.weightsAhp": (p: { sheet: string; participants: number; cr: number | null; consensus: number }, f: Fmt) =>
    `AHP (${p.sheet}): ${p.participants} peserta, CR gabungan ${p.cr === null ? "—" : f.dec(p.cr, 3)}, konsensus ${f.dec(p.consensus, 0)} %`,
  "sheet.qw.weightsDirect": () => "bobot langsung (tabel di atas)",
  "sheet.qw.readinessLabel": () => "Kesiapan",
  "sheet.qw.readinessMissing": () => "Sebagian pilar belum dinilai kesiapannya: kriteria kesiapan diberi nilai netral 0,5.",
  "sheet.qw.newEntries": () => "Inisiatif baru (ketik di sini; ID boleh kosong)",
  "sheet.qw.quadrants": () => "Ringkasan kuadran dampak–upaya per pilar",
  "sheet.qw.chosen": () => "Quick win terpilih",
  "sheet.qw.note": () => "Catatan",
  "sheet.qw.sum": () => "Jumlah",
  "sheet.qw.quadrantNote": (p: { state: "none" | "noCandidate" | "promoted" | "ok" }) =>
    p.state === "none" ? "belum ada inisiatif" : p.state === "noCandidate" ? "tidak ada kandidat yang memenuhi syarat durasi/biaya" : p.state === "promoted" ? "quick win dipromosikan (terbaik yang memenuhi syarat)" : "",
  "sheet.qw.bubbleData": () => "Data grafik dampak–upaya (30 peringkat teratas; ukuran gelembung = biaya)",
  "sheet.qw.method": () => "Cara menghitung",
  "sheet.qw.method1": () =>
    "Setiap kriteria diubah ke skala 0–1 pada skalanya sendiri: dampak, kemudahan dan keselarasan (1–5) linier; kesiapan pilar dibagi nilai maksimum indeksnya; biaya (Rp) pada skala logaritma dari Rp 100 juta (terbaik) sampai Rp 100 miliar (terburuk); durasi dari 0 bulan (terbaik) sampai 60 bulan (terburuk). Biaya dan durasi dibalik: makin murah dan makin singkat, makin tinggi skornya. Nilai yang belum diketahui diberi nilai netral 0,5.",
  "sheet.qw.method2": () => "Skor tertimbang = jumlah (bobot × skor kriteria), bobot dijumlahkan menjadi 100 %.",
  "sheet.qw.tieBreak": () =>
    "Skor sama (selisih < 0,0001) mendapat peringkat yang sama (1, 2, 2, 4). Di dalam peringkat yang sama, baris diurutkan menurut dampak lebih tinggi, lalu biaya lebih rendah, lalu ID.",
  "sheet.qw.method3": (p: { share: number; months: number }, f: Fmt) =>
    `Quick win: termasuk ${topGroup(p.share, f)} menurut skor, selesai ≤ ${p.months} bulan dan (bila ada batas) biaya ≤ batas. Pilar yang punya kandidat memenuhi syarat tetapi belum punya quick win mendapat kandidat terbaiknya (dipromosikan).`,
  "sheet.qw.method4": (p: { cut: number }) =>
    `Kuadran: upaya (1–5) = 1 + 4 × rata-rata (1 − skor biaya, 1 − skor waktu). Dampak dan upaya dianggap tinggi mulai ${p.cut}. Quick Win = dampak tinggi, upaya rendah; Proyek Besar = dampak tinggi, upaya tinggi; Pengisi = dampak rendah, upaya rendah; Pertimbangkan Ulang = dampak rendah, upaya tinggi.`,
  "sheet.qw.method5": (p: { draws: number; spread: number; flip: string }) =>
    `Stabilitas: ${p.draws} penarikan acak (benih tetap) menggeser setiap bobot ±${p.spread} %; persentase menunjukkan seberapa sering keputusan quick win tetap sama. Kolom "${p.flip}" menyebut perubahan satu bobot terkecil (poin persentase) yang membalik keputusan.`,
  "sheet.qw.method6": (p: { mark: string }) =>
    `Skor berwarna kuning boleh diubah analis; nilainya dipertahankan saat lembar dibuat ulang (dicocokkan dengan ID). Skor "${p.mark}" berasal dari aturan sederhana (jenis dari kata pada nama, kemudahan dari jenis, dampak dari kata layanan/masyarakat) dan perlu ditinjau. Inisiatif baru: ketik di bawah tabel peringkat atau di tabel "Inisiatif baru"; biaya dan durasi inisiatif baru diubah di tabel "Inisiatif baru".`,
  "sheet.qw.direction": (p: { benefit: boolean }) => (p.benefit ? "makin tinggi makin baik" : "makin rendah makin baik"),
  "sheet.qw.rankingHeading": () => "Peringkat inisiatif",
  "sheet.qw.chartHeading": () => "Kuadran dan grafik",
  "sheet.qw.chart": () => "Dampak vs upaya (ukuran = biaya)",
  "sheet.qw.footer": () => "Quick Win – halaman {page} dari {pages}",
  // ── Roadmap sheet (and the grids the books reuse) ──
  "sheet.roadmap.currentYear": () => "▼ tahun berjalan",
  "sheet.roadmap.calendarRow": () => "Kalender perencanaan (menyiapkan APBD tahun berikutnya)",
  "sheet.roadmap.noneScheduled": () => "Belum ada inisiatif terjadwal: isi lembar Quick Win lalu buat ulang.",
  "sheet.roadmap.totalPerPeriod": () => "Total per periode",
  "sheet.roadmap.totalPerYear": () => "Total per tahun",
  "sheet.roadmap.perPillar": () => "Anggaran per pilar per tahun (Rp juta)",
  "sheet.roadmap.perOpd": () => "Anggaran per OPD per tahun (Rp juta)",
  "sheet.roadmap.milestones": () => "Tonggak (milestone) per tahun",
  "sheet.roadmap.milestoneKind": (p: { start: boolean }) => (p.start ? "Mulai" : "Selesai"),
  "sheet.roadmap.calendar": () => "Kalender perencanaan dan penganggaran tahunan",
  "sheet.roadmap.steps": () => "Langkah implementasi quick win (tonggak, dari lembar Inovasi)",
  "sheet.roadmap.noSteps": () => "(belum ada langkah: tulis di lembar Inovasi)",
  "sheet.roadmap.title": (p: { first: number; last: number }) => `Roadmap Smart City ${p.first}–${p.last}`,
  "sheet.roadmap.subtitle": (p: { region: string; byPillar: boolean; start: string; end: string; quickWin: string; calendar: string }) =>
    `${p.region ? p.region + " · " : ""}Dikelompokkan per ${p.byPillar ? "pilar" : "OPD"}. ${p.start} mulai, ${p.end} selesai, ${p.quickWin} quick win; angka di batang = anggaran periode (Rp juta); ${p.calendar} = tahap kalender perencanaan.`,
  "sheet.roadmap.ceilings": (p: { settings: string; ceiling: number }, f: Fmt) =>
    `Plafon anggaran per pilar (isi bila ada; plafon total per tahun diatur di ${p.settings}: ${p.ceiling > 0 ? f.rp(p.ceiling) : "tanpa plafon"})`,
  "sheet.roadmap.unscheduled": (p: { title: string; reason: string }) => `Tidak terjadwal: "${p.title}" — ${p.reason}`,
  "sheet.roadmap.notes": () => "Catatan penjadwalan",
  "sheet.roadmap.footer": (p: { region: string }) => `Roadmap Smart City${p.region ? " " + p.region : ""}`,
  // ── Pengaturan (settings.ts) ──
  "sheet.settings.title": () => "Pengaturan Masterplan Smart City",
  "sheet.settings.subtitle": () => "Isi sel berwarna kuning. Lembar ini dibaca ulang setiap kali lembar lain dibuat ulang.",
  // ── Aturan Lokal (mappingSheets.ts) ──
  "sheet.localRules.title": () => "Aturan Lokal Pemetaan Pilar",
  "sheet.localRules.subtitle": () =>
    'Dipelajari dari pilihan manual di "Pemetaan Pilar". Sebuah aturan berlaku untuk baris baru yang memuat ≥ 60 % (minimal 2) kata kuncinya, atau yang kodenya diawali "Awalan Kode". Ubah kata kunci, pilar atau awalan; isi "Aktif" = Tidak untuk mematikan.',
  // ── Inovasi and the per-OPD innovation worksheet (innovationSheet.ts) ──
  "sheet.innovation.title": () => "Inovasi per Pilar (Bimtek III) dan Langkah Implementasi (Bimtek IV)",
  "sheet.innovation.subtitle": () => "Sel kuning diisi perencana dan OPD; isinya dipertahankan saat lembar dibuat ulang.",
  "sheet.innovation.howTo": () => "Cara mengisi",
  "sheet.innovation.howTo1": (p: { choices: readonly string[] }) =>
    `Inovasi diusulkan untuk program yang sudah dipetakan (daftar per pilar di bawah): bukan hanya TI — kebijakan, layanan baru dan infrastruktur juga inovasi. Isi nama, deskripsi, jenis (${p.choices.join(" / ")}), kode program induknya, OPD, keluaran, indikator dan target. Pilar boleh kosong bila kode program diisi: pilarnya mengikuti program.`,
  "sheet.innovation.howTo2": (p: { quickWin: string }) =>
    `Setiap inovasi ikut dinilai di lembar ${p.quickWin}; isi biaya dan durasi agar dapat menjadi quick win. OPD dapat mengisi lembar kerja inovasinya sendiri (smartcity innovation --out DIR) dan mengirimkannya kembali lewat email; hasilnya digabung ke tabel ini.`,
  "sheet.innovation.howTo3": () =>
    "Langkah implementasi (Bimtek IV): untuk setiap quick win tulis langkah, bulan ke- (1 = Januari tahun pertama rencana), OPD penanggung jawab dan keluaran; langkah menjadi tonggak di Roadmap, tabel di Buku II, dan isi lembar Komitmen.",
  "sheet.innovation.list": () => "Daftar inovasi (ketik di baris kuning; ID boleh kosong)",
  "sheet.innovation.steps": () => "Langkah implementasi quick win (Bimtek IV): langkah, bulan, OPD penanggung jawab, keluaran",
  "sheet.innovation.duplicates": () => "Usulan serupa dari beberapa OPD (tinjau: gabungkan atau bedakan)",
  "sheet.innovation.dupName": () => "Nama inovasi",
  "sheet.innovation.dupOpds": () => "OPD pengusul",
  "sheet.innovation.dupIds": () => "ID",
  "sheet.innovation.mapped": (p: { pillar: string; count: number }) => `Program terpetakan — ${p.pillar} (${p.count} program)`,
  "sheet.innovation.noneMapped": (p: { pillar: string }) => `Belum ada program OPD yang dipetakan ke ${p.pillar}.`,
  "sheet.innovation.programmes": (p: { pillar: string }) => `Program ${p.pillar}`,
  "sheet.innovation.code": () => "Kode",
  "sheet.innovation.programme": () => "Program",
  "sheet.innovation.opd": () => "OPD",
  "sheet.innovation.element": () => "Elemen",
  "sheet.innovation.budget": () => "Pagu (Rp)",
  "sheet.innovation.proposed": () => "Inovasi diusulkan",
  "sheet.innovation.totals": () => "Jumlah",
  "sheet.innovation.footer": () => "Inovasi – halaman {page} dari {pages}",
  "sheet.innovation.worksheetTitle": (p: { opd: string }) => `Usulan Inovasi Smart City — ${p.opd}`,
  "sheet.innovation.worksheetSubtitle": (p: { region: string }) => `Masterplan Smart City ${p.region}`.trim(),
  "sheet.innovation.worksheetHowTo": (p: { choices: readonly string[] }) =>
    `Untuk program Anda di bawah, tulis inovasi di baris kuning: nama, deskripsi, jenis (${p.choices.join(" / ")}), kode program induk, keluaran, indikator, target, perkiraan biaya dan durasi. Inovasi kebijakan dan layanan juga dihitung, bukan hanya TI. Simpan dan kirim kembali file ini ke Bappeda; tidak perlu add-in.`,
  "sheet.innovation.yourProgrammes": () => "Program Anda yang sudah dipetakan ke pilar smart city",
  "sheet.innovation.noneYours": () => "Belum ada program Anda yang dipetakan; usulan tetap boleh ditulis dengan kolom Pilar diisi.",
  // ── Komitmen (commitment.ts) ──
  "sheet.commitment.title": () => "Komitmen",
  "sheet.commitment.subtitle": () => "Satu halaman per OPD untuk ditandatangani Kepala OPD dan Kepala Daerah (nama, NIP, tempat dan tanggal diisi saat penandatanganan).",
  "sheet.commitment.none": () => "Belum ada quick win atau inovasi: isi lembar Inovasi dan Quick Win lalu buat ulang.",
  /** "Bupati Contoh" / "Wali Kota Contoh" (the region's bare name; the title alone without one). */
  "sheet.commitment.regionHead": (p: { kota: boolean; region: string }) => `${p.kota ? "Wali Kota" : "Bupati"}${p.region ? " " + p.region : ""}`,
  "sheet.commitment.opdHead": (p: { opd: string }) => `Kepala ${p.opd}`,
  "sheet.commitment.place": () => "Tempat, tanggal: ............................",
  "sheet.commitment.name": () => "Nama: ....................................",
  "sheet.commitment.nip": () => "NIP: .....................................",
  "sheet.commitment.heading": (p: { opd: string }) => `Komitmen Pelaksanaan Quick Win dan Inovasi — ${p.opd}`,
  "sheet.commitment.pledge": (p: { opd: string; head: string; first: number; second: number }) =>
    `Kami, Kepala ${p.opd} dan ${p.head}, berkomitmen melaksanakan quick win dan inovasi berikut pada tahun ${p.first}–${p.second} sebagai bagian dari Masterplan Smart City, termasuk langkah, anggaran dan target yang tercantum.`,
  "sheet.commitment.item": () => "Quick win / inovasi",
  "sheet.commitment.pillar": () => "Pilar",
  "sheet.commitment.status": () => "Status",
  "sheet.commitment.budget": (p: { year: number }) => `Pagu ${p.year} (Rp)`,
  "sheet.commitment.target": () => "Target",
  "sheet.commitment.quickWin": () => "Quick win",
  "sheet.commitment.innovation": () => "Inovasi",
  "sheet.commitment.noPillar": () => "(pilar belum diisi)",
  "sheet.commitment.noItems": () => "(belum ada quick win atau inovasi)",
  "sheet.commitment.stepsHeader": () => "Langkah tahun 1–2",
  "sheet.commitment.month": () => "Bulan ke-",
  "sheet.commitment.output": () => "Keluaran",
  "sheet.commitment.noSteps": () => "(langkah belum ditulis di lembar Inovasi)",
  "sheet.commitment.footer": (p: { region: string }) => `Komitmen Masterplan Smart City ${p.region}`.trim(),
  // ── the books' cover and Buku III ──
  "sheet.book.region": () => "Daerah",
  "sheet.book.province": () => "Provinsi",
  "sheet.book.period": () => "Periode",
  "sheet.book.version": () => "Versi dokumen",
  "sheet.book.dateLabel": () => "Tanggal",
  /** "24 November 2026" (month 0–11). */
  "sheet.book.date": (p: { day: number; month: number; year: number }) => `${p.day} ${MONTHS_ID[p.month]} ${p.year}`,
  "sheet.book3.subtitle": () => "Ringkasan untuk Kepala Daerah",
  "sheet.book3.keyFigures": () => "Angka kunci",
  "sheet.book3.scheduledLabel": () => "Inisiatif terjadwal",
  "sheet.book3.scheduled": (p: { scheduled: number; total: number }) => `${p.scheduled} dari ${p.total}`,
  "sheet.book3.quickWinsLabel": () => "Quick win (tahun 1–2)",
  "sheet.book3.quickWins": (p: { count: number; pillars: number }) => `${p.count} (di ${p.pillars} dari 6 pilar)`,
  "sheet.book3.budgetLabel": () => "Total anggaran roadmap",
  "sheet.book3.budget": (p: { amount: number; period: string }) => `${formatRupiahShort(p.amount)} (${p.period})`,
  "sheet.book3.readinessLabel": () => "Indeks kesiapan",
  "sheet.book3.readiness": (p: { index: number; max: number; strongest: string | null; weakest: string | null }, f: Fmt) =>
    `${f.dec(p.index, 2)} dari ${p.max}${p.strongest && p.weakest ? `; terkuat ${p.strongest}, terlemah ${p.weakest}` : ""}`,
  "sheet.book3.notRated": () => "belum dinilai",
  "sheet.book3.quickWinTable": () => "Quick win per pilar",
  "sheet.book3.schedule": () => "Jadwal",
  "sheet.book3.noQuickWins": () => "(belum ada quick win)",
  "sheet.book3.glance": () => "Roadmap sekilas: anggaran per pilar per tahun (Rp juta)",
  "sheet.book3.pie": () => "Pembagian anggaran per pilar",
  "sheet.book3.readinessTable": () => "Kesiapan per pilar",
  "sheet.book3.index": () => "Indeks",
  "sheet.book3.scaleMax": () => "Skala maks.",
  "sheet.book3.radar": () => "Indeks kesiapan per pilar",
  "sheet.book3.noBubble": () =>
    "Grafik dampak–upaya tidak ditampilkan: inisiatif teratas memiliki durasi atau skor yang sama (nilai bawaan), sehingga titiknya akan bertumpuk menjadi satu. Isi skor di lembar Quick Win agar grafik bermakna.",
  "sheet.book3.impactEffort": () => "Dampak–upaya inisiatif teratas",
  "sheet.book3.effortMonths": () => "Upaya (bulan)",
  "sheet.book3.priorityScore": () => "Skor prioritas",
  "sheet.book3.quadrant": (p: { quadrant: "quickWin" | "majorProject" | "fillIn" | "reconsider" }) =>
    ({ quickWin: "Quick win", majorProject: "Proyek besar", fillIn: "Pengisi", reconsider: "Ditinjau ulang" })[p.quadrant],
  "sheet.book3.bubble": () => "Dampak (skor) terhadap upaya (bulan)",
  // ── Monev sheet ──
  "sheet.monev.title": () => "Monitoring dan Evaluasi (Monev) Smart City",
  "sheet.monev.subtitle": (p: { region: string; threshold: number }) =>
    `${p.region ? p.region + " · " : ""}OPD mengisi sel kuning: target OPD (hanya bila berbeda dari target rencana), realisasi, realisasi anggaran, alasan dan tindak lanjut. Status: tercapai bila realisasi ≥ ${p.threshold}% target; capaian dan status dihitung ulang saat lembar dibuat ulang.`,
  "sheet.monev.orphanTitle": () => "(inisiatif/tahun ini tidak lagi ada di Roadmap)",
  "sheet.monev.summary": () => "Ringkasan per pilar (target belum tercapai ditandai merah di atas)",
  "sheet.monev.rows": () => "Baris",
  "sheet.monev.achieved": () => "Tercapai",
  "sheet.monev.behind": () => "Tertinggal",
  "sheet.monev.notStarted": () => "Belum mulai",
  "sheet.monev.noReason": () => "Tanpa alasan",
  "sheet.monev.empty": () => "Belum ada inisiatif terjadwal di Roadmap; Monev akan terisi setelah Quick Win dan Roadmap dibuat.",
  "sheet.monev.orphans": (p: { count: number }) =>
    `${p.count} baris abu-abu berisi isian untuk inisiatif/tahun yang tidak lagi ada di Roadmap; isian itu disimpan. Salin ke baris yang benar bila ID inisiatif berubah, lalu kosongkan.`,
  "sheet.monev.footer": (p: { region: string }) => `Monev Smart City${p.region ? " " + p.region : ""}`,
  // ── Buku II (and the books' shared fields) ──
  "sheet.book.empty": () => "(belum diisi — isi di lembar Pengaturan)",
  "sheet.book.vision": () => "Visi",
  "sheet.book.mission": () => "Misi",
  "sheet.book.objectives": () => "Tujuan",
  "sheet.book2.subtitle": () => "Strategi, Program dan Roadmap",
  "sheet.book2.vision": () => "1. Visi, Misi dan Tujuan Smart City",
  "sheet.book2.roadmap": () => "3. Roadmap",
  "sheet.book2.budgetHeading": () => "4. Anggaran",
  "sheet.book2.unscheduled": () => "tidak terjadwal",
  "sheet.book2.notRated": () => "Kesiapan pilar ini belum dinilai.",
  "sheet.book2.readiness": (p: { index: number; max: number; band: "gap" | "fair" | "strong" }, f: Fmt) =>
    `Indeks kesiapan ${f.dec(p.index, 2)} dari ${p.max}${p.band === "gap" ? ": kesenjangan besar, dahulukan penguatan dasar (regulasi, SDM, data)" : p.band === "fair" ? ": cukup, perluas layanan yang sudah berjalan" : ": kuat, tingkatkan integrasi dan skala"}.`,
  "sheet.book2.none": (p: { pillar: string }) => `Belum ada program atau inovasi untuk ${p.pillar}.`,
  "sheet.book2.counts": (p: { count: number; innovations: number; quickWins: number; mark: string; element: string }) =>
    `${p.count} program/inovasi (${p.innovations} inovasi baru, ${p.quickWins} quick win ${p.mark}); terbanyak di elemen ${p.element}.`,
  "sheet.book2.emptyElements": (p: { elements: readonly string[] }) => `Elemen tanpa program: ${p.elements.join(", ")} — peluang inovasi berikutnya.`,
  "sheet.book2.strategy": () => "Strategi",
  "sheet.book2.others": () => "(lainnya)",
  "sheet.book2.otherGroups": (p: { count: number }) => `${p.count} kelompok lain`,
  "sheet.book2.byElement": () => "Ringkasan per elemen dan OPD",
  "sheet.book2.budget": () => "Anggaran (Rp)",
  "sheet.book2.shortlist": () => "Inovasi dan quick win",
  "sheet.book2.programmeOrInnovation": () => "Program / inovasi",
  "sheet.book2.typeSchedule": () => "Jenis / jadwal",
  "sheet.book2.typeScheduleValue": (p: { innovation: boolean; type: string; schedule: string }) => `${p.innovation ? "Inovasi" : "Program OPD"} (${p.type}), ${p.schedule}`,
  "sheet.book2.more": (p: { count: number; sheet: string }) => `… dan ${p.count} inovasi/kandidat lain (lembar ${p.sheet}).`,
  "sheet.book2.fullList": (p: { count: number; pillar: string }) => `Daftar lengkap ${p.count} program dan kegiatan ${p.pillar}: Lampiran, dikelompokkan per OPD.`,
  "sheet.book2.appendix": () => "Lampiran: daftar program dan kegiatan per OPD",
  "sheet.book2.appendixFirst": () => "OPD / program dan kegiatan",
  "sheet.book2.noProgrammes": () => "(belum ada program)",
  "sheet.book2.focus": (p: { shown: number; others: number; sheet: string }) =>
    `Roadmap di bawah memuat ${p.shown} quick win, inovasi dan kandidat; ${p.others} program OPD lainnya ada di lembar ${p.sheet} dan Lampiran.`,
  "sheet.book2.steps": () => "Langkah implementasi quick win (Bimtek IV)",
  //@@ID
};
