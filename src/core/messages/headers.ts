/**
 * Column headers of the generated sheets, both languages. Headers are also how a generated sheet is
 * READ BACK (the planner's edits survive regeneration), so they live apart from the sentence catalog:
 * this small table is in every build (the pane's first load too) and `findTable` reads an English
 * header as its Indonesian one — a sheet written with `--lang en` is read back like an Indonesian one.
 * Each entry needs both languages (`satisfies` fails `tsc` otherwise).
 */
import type { MessageLanguage } from "./format";

type Both = { readonly id: string; readonly en: string };

export const SHEET_HEADERS = {
  // Program (programSheets.ts)
  "program.id": { id: "Id", en: "ID" },
  "program.level": { id: "Tingkat", en: "Level" },
  "program.code": { id: "Kode", en: "Code" },
  "program.name": { id: "Nama", en: "Name" },
  "program.opd": { id: "OPD", en: "Agency (OPD)" },
  "program.subUnit": { id: "Sub Unit", en: "Sub-unit" },
  "program.parent": { id: "Id Induk", en: "Parent ID" },
  "program.indicator": { id: "Indikator", en: "Indicator" },
  "program.unit": { id: "Satuan", en: "Unit" },
  "program.location": { id: "Lokasi", en: "Location" },
  "program.fundSource": { id: "Sumber Dana", en: "Fund source" },
  "program.file": { id: "File", en: "Source file" },
  "program.sheet": { id: "Sheet", en: "Source sheet" },
  "program.cell": { id: "Sel", en: "Cell" },
  // Catatan Impor
  "notes.no": { id: "No", en: "No." },
  "notes.severity": { id: "Tingkat", en: "Level" },
  "notes.kind": { id: "Jenis", en: "Kind" },
  "notes.file": { id: "File", en: "Source file" },
  "notes.sheet": { id: "Sheet", en: "Source sheet" },
  "notes.cell": { id: "Sel", en: "Cell" },
  "notes.message": { id: "Pesan", en: "Message" },
  "notes.reference": { id: "Rujukan", en: "Reference" },
  // Pengaturan (settings.ts; every label is read back by valueAfterLabel)
  "settings.regionName": { id: "Nama daerah", en: "Region name" },
  "settings.regionType": { id: "Jenis daerah (kabupaten/kota)", en: "Region type (kabupaten/kota)" },
  "settings.province": { id: "Provinsi", en: "Province" },
  "settings.planStartYear": { id: "Tahun awal rencana", en: "First plan year" },
  "settings.horizonYears": { id: "Jangka waktu (tahun, 5–10)", en: "Plan horizon (years, 5–10)" },
  "settings.documentVersion": { id: "Versi dokumen", en: "Document version" },
  "settings.language": { id: "Bahasa antarmuka (id/en)", en: "Interface language (id/en)" },
  "settings.vision": { id: "Visi smart city", en: "Smart city vision" },
  "settings.mission": { id: "Misi smart city", en: "Smart city mission" },
  "settings.objectives": { id: "Tujuan smart city", en: "Smart city objectives" },
  "settings.regionProfile": { id: "Profil daerah", en: "Region profile" },
  "settings.readinessProfile": { id: "Profil kesiapan (kominfo4/spbe5)", en: "Readiness profile (kominfo4/spbe5)" },
  "settings.readinessCombine": { id: "Gabungan jawaban OPD (mean/min)", en: "Combining OPD answers (mean/min)" },
  "settings.lowConfidence": { id: "Batas keyakinan rendah pemetaan (0–1)", en: "Low mapping confidence below (0–1)" },
  "settings.quickWinMaxMonths": { id: "Quick win: durasi maksimum (bulan)", en: "Quick win: longest duration (months)" },
  "settings.quickWinBudgetLimit": { id: "Quick win: batas biaya (Rp, 0 = tanpa batas)", en: "Quick win: cost limit (Rp, 0 = no limit)" },
  "settings.quickWinMaxPerPillar": { id: "Quick win: paling banyak per pilar (0 = tanpa batas)", en: "Quick win: at most per pillar (0 = no limit)" },
  "settings.quickWinMinPerPillar": { id: "Quick win: paling sedikit per pilar yang punya kandidat", en: "Quick win: at least per pillar with candidates" },
  "settings.roadmapSwimlane": { id: "Roadmap dikelompokkan per (pillar/opd)", en: "Roadmap grouped by (pillar/opd)" },
  "settings.yearlyCeiling": { id: "Plafon anggaran per tahun (Rp, 0 = tanpa plafon)", en: "Yearly budget ceiling (Rp, 0 = no ceiling)" },
  // Pemetaan Pilar (mappingSheets.ts; read back by overrides.ts)
  "mapping.code": { id: "Kode", en: "Code" },
  "mapping.level": { id: "Tingkat", en: "Level" },
  "mapping.name": { id: "Uraian", en: "Description" },
  "mapping.opd": { id: "OPD", en: "Agency (OPD)" },
  "mapping.budget": { id: "Pagu (Rp)", en: "Budget (Rp)" },
  "mapping.pillar": { id: "Pilar", en: "Pillar" },
  "mapping.element": { id: "Elemen", en: "Element" },
  "mapping.confidence": { id: "Keyakinan", en: "Confidence" },
  "mapping.reason": { id: "Alasan", en: "Reason" },
  "mapping.runnerUp": { id: "Pilar Alternatif", en: "Runner-up pillar" },
  "mapping.manualPillar": { id: "Pilar (manual)", en: "Pillar (manual)" },
  "mapping.manualElement": { id: "Elemen (manual)", en: "Element (manual)" },
  "mapping.count": { id: "Jumlah", en: "Count" },
  // Aturan Lokal (mappingSheets.ts; read back by localRules.ts)
  "rules.active": { id: "Aktif", en: "Active" },
  "rules.keywords": { id: "Kata Kunci", en: "Keywords" },
  "rules.codePrefix": { id: "Awalan Kode", en: "Code prefix" },
  "rules.pillar": { id: "Pilar", en: "Pillar" },
  "rules.element": { id: "Elemen", en: "Element" },
  "rules.origin": { id: "Asal (baris yang diubah manual)", en: "Origin (line chosen by hand)" },
  // Roadmap (roadmapSheet.ts; the ceiling table is read back)
  "roadmap.ganttInitiative": { id: "Inisiatif", en: "Initiative" },
  "roadmap.ganttOpd": { id: "OPD", en: "Agency (OPD)" },
  "roadmap.ganttPillar": { id: "Pilar", en: "Pillar" },
  "roadmap.ganttCost": { id: "Biaya (Rp jt)", en: "Cost (Rp m)" },
  "roadmap.year": { id: "Tahun", en: "Year" },
  "roadmap.half": { id: "Semester", en: "Half-year" },
  "roadmap.milestone": { id: "Tonggak", en: "Milestone" },
  "roadmap.step": { id: "Tahap", en: "Stage" },
  "roadmap.month": { id: "Bulan", en: "Month" },
  "roadmap.basis": { id: "Dasar", en: "Legal basis" },
  "roadmap.remarks": { id: "Keterangan", en: "Remarks" },
  "roadmap.quickWin": { id: "Quick win", en: "Quick win" },
  "roadmap.stepName": { id: "Langkah", en: "Step" },
  "roadmap.responsible": { id: "OPD penanggung jawab", en: "Responsible OPD" },
  "roadmap.output": { id: "Keluaran", en: "Output" },
  "roadmap.ceilingPillar": { id: "Pilar", en: "Pillar" },
  "roadmap.ceiling": { id: "Plafon per tahun (Rp)", en: "Yearly ceiling (Rp)" },
  // Monev (monevSheet.ts; the OPDs' entries are read back)
  "monev.id": { id: "ID Inisiatif", en: "Initiative ID" },
  "monev.year": { id: "Tahun", en: "Year" },
  "monev.title": { id: "Inisiatif", en: "Initiative" },
  "monev.pillar": { id: "Pilar", en: "Pillar" },
  "monev.opd": { id: "OPD", en: "Agency (OPD)" },
  "monev.plannedTarget": { id: "Target rencana (%)", en: "Planned target (%)" },
  "monev.target": { id: "Target OPD (%)", en: "OPD target (%)" },
  "monev.realisation": { id: "Realisasi (%)", en: "Realisation (%)" },
  "monev.achievement": { id: "Capaian (%)", en: "Achievement (%)" },
  "monev.status": { id: "Status", en: "Status" },
  "monev.budgetPlanned": { id: "Anggaran rencana (Rp)", en: "Planned budget (Rp)" },
  "monev.budgetRealised": { id: "Realisasi anggaran (Rp)", en: "Budget realised (Rp)" },
  "monev.reportedRealised": { id: "Realisasi anggaran laporan SIPD (Rp)", en: "Budget realised per SIPD reports (Rp)" },
  "monev.reportedSource": { id: "Sumber realisasi (periode, sel)", en: "Realisation source (period, cell)" },
  "monev.reason": { id: "Alasan (jika tertinggal)", en: "Reason (if behind)" },
  "monev.followUp": { id: "Tindak lanjut", en: "Follow-up" },
  // Inovasi and the per-OPD worksheet (innovationSheet.ts; both tables and the OPD label are read back)
  "innovation.id": { id: "ID Inovasi", en: "Innovation ID" },
  "innovation.name": { id: "Nama inovasi", en: "Innovation name" },
  // Not plain "Description": that is `Uraian` (Pemetaan Pilar) already.
  "innovation.description": { id: "Deskripsi", en: "Innovation description" },
  "innovation.kind": { id: "Jenis inovasi", en: "Innovation type" },
  "innovation.programCode": { id: "Kode program", en: "Programme code" },
  "innovation.pillar": { id: "Pilar", en: "Pillar" },
  "innovation.opd": { id: "OPD", en: "Agency (OPD)" },
  "innovation.output": { id: "Keluaran", en: "Output" },
  "innovation.indicator": { id: "Indikator", en: "Indicator" },
  "innovation.target": { id: "Target", en: "Target" },
  "innovation.cost": { id: "Biaya (Rp)", en: "Cost (Rp)" },
  "innovation.months": { id: "Durasi (bulan)", en: "Duration (months)" },
  "innovation.proposedBy": { id: "Diusulkan oleh", en: "Proposed by" },
  "innovation.quickWinId": { id: "ID quick win", en: "Quick win ID" },
  "innovation.quickWin": { id: "Quick win", en: "Quick win" },
  "innovation.step": { id: "Langkah", en: "Step" },
  "innovation.month": { id: "Bulan ke- (1–24)", en: "Month no. (1–24)" },
  "innovation.responsible": { id: "OPD penanggung jawab", en: "Responsible OPD" },
  "innovation.worksheetOpd": { id: "Perangkat Daerah", en: "Agency" },
  // Quick Win (quickWinSheets.ts; its tables and two labels are read back)
  "qw.code": { id: "Kode", en: "Code" },
  "qw.criterion": { id: "Kriteria", en: "Criterion" },
  "qw.direction": { id: "Arah", en: "Direction" },
  "qw.unit": { id: "Satuan", en: "Unit" },
  "qw.weight": { id: "Bobot", en: "Weight" },
  "qw.weightUsed": { id: "Bobot dipakai", en: "Weight used" },
  "qw.id": { id: "ID", en: "ID" },
  "qw.title": { id: "Inisiatif", en: "Initiative" },
  "qw.pillar": { id: "Pilar", en: "Pillar" },
  "qw.element": { id: "Elemen", en: "Element" },
  "qw.opd": { id: "OPD", en: "Agency (OPD)" },
  "qw.type": { id: "Jenis", en: "Type" },
  "qw.cost": { id: "Biaya (Rp)", en: "Cost (Rp)" },
  "qw.months": { id: "Durasi (bulan)", en: "Duration (months)" },
  "qw.impact": { id: "Dampak (1–5)", en: "Impact (1–5)" },
  "qw.feasibility": { id: "Kemudahan (1–5)", en: "Feasibility (1–5)" },
  "qw.alignment": { id: "Keselarasan RPJMD/Renstra (1–5)", en: "Alignment with RPJMD/Renstra (1–5)" },
  "qw.readiness": { id: "Kesiapan pilar", en: "Pillar readiness" },
  "qw.effort": { id: "Upaya (1–5)", en: "Effort (1–5)" },
  "qw.score": { id: "Skor tertimbang", en: "Weighted score" },
  "qw.rank": { id: "Peringkat", en: "Rank" },
  "qw.quadrant": { id: "Kuadran", en: "Quadrant" },
  "qw.quickWin": { id: "Quick win", en: "Quick win" },
  "qw.reason": { id: "Alasan", en: "Reason" },
  "qw.stability": { id: "Stabilitas", en: "Stability" },
  "qw.flip": { id: "Perubahan bobot terkecil yang membalik keputusan", en: "Smallest weight change that flips the decision" },
  "qw.origin": { id: "Asal", en: "Origin" },
  "qw.scoreSource": { id: "Asal skor", en: "Score source" },
  "qw.after": { id: "Setelah (ID)", en: "After (ID)" },
  "qw.candidate": { id: "Kandidat", en: "Candidate" },
  "qw.weightSourceLabel": { id: "Sumber bobot (langsung/ahp)", en: "Weight source (direct/ahp)" },
  "qw.topShareLabel": { id: "Kelompok teratas (% peringkat, bawaan 33)", en: "Top group (% of ranks, default 33)" },
  // Kesiapan (questionnaireSheets.ts; answers and the analyst's edits are read back)
  "readiness.id": { id: "ID", en: "ID" },
  "readiness.pillar": { id: "Pilar", en: "Pillar" },
  "readiness.element": { id: "Elemen", en: "Element" },
  "readiness.aspect": { id: "Aspek", en: "Aspect" },
  "readiness.question": { id: "Pertanyaan", en: "Question" },
  "readiness.rubric": { id: "Rubrik (per level)", en: "Rubric (per level)" },
  "readiness.evidenceHint": { id: "Data dukung yang diminta", en: "Evidence requested" },
  "readiness.weight": { id: "Bobot", en: "Weight" },
  "readiness.target": { id: "Target", en: "Target" },
  "readiness.answer": { id: "Jawaban", en: "Answer" },
  "readiness.evidence": { id: "Data dukung", en: "Evidence" },
  "readiness.note": { id: "Catatan", en: "Note" },
  "readiness.opds": { id: "OPD penjawab", en: "Answering OPDs" },
  "readiness.opdAnswer": { id: "Jawaban OPD (gabungan)", en: "OPD answer (combined)" },
  "readiness.opdDetail": { id: "Rincian jawaban OPD", en: "OPD answers in detail" },
  "readiness.profileLabel": { id: "Profil level", en: "Level profile" },
  // Hasil Kesiapan (resultSheets.ts; the planner's SWOT and narratives are read back)
  "readinessResult.strengths": { id: "Kekuatan (S)", en: "Strengths (S)" },
  "readinessResult.weaknesses": { id: "Kelemahan (W)", en: "Weaknesses (W)" },
  "readinessResult.opportunities": { id: "Peluang (O)", en: "Opportunities (O)" },
  "readinessResult.threats": { id: "Ancaman (T)", en: "Threats (T)" },
  "readinessResult.narrative": { id: "Narasi", en: "Narrative" },
  "readinessResult.fingerprint": { id: "Sidik teks", en: "Text fingerprint" },
  // Bobot AHP (quickWinSheets.ts; each matrix is found by this label)
  "ahp.participantLabel": { id: "Nama peserta", en: "Participant name" },
} as const satisfies Readonly<Record<string, Both>>;

export type HeaderKey = keyof typeof SHEET_HEADERS;

export function header(key: HeaderKey, lang: MessageLanguage = "id"): string {
  return SHEET_HEADERS[key][lang];
}

/** Year columns: "Budget 2026" is read as "Pagu 2026" (the header a reader asks for). */
const YEAR_PREFIXES: ReadonlyArray<{ readonly id: string; readonly en: RegExp }> = [{ id: "pagu", en: /^budget (\d{4})$/ }];

const normalize = (s: string) =>
  s
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9%]+/g, " ")
    .trim();

const INDONESIAN_OF = new Map<string, string>();
for (const h of Object.values(SHEET_HEADERS) as Both[]) {
  const en = normalize(h.en);
  const id = normalize(h.id);
  // A word that is one header in English and another in Indonesian ("Sheet", "Level"…): the first wins.
  if (en !== id && !INDONESIAN_OF.has(en)) INDONESIAN_OF.set(en, id);
}

/** The Indonesian (normalized) header an English (normalized) header stands for, or null. */
export function indonesianHeader(normalized: string): string | null {
  const direct = INDONESIAN_OF.get(normalized);
  if (direct) return direct;
  for (const p of YEAR_PREFIXES) {
    const m = p.en.exec(normalized);
    if (m) return `${p.id} ${m[1]}`;
  }
  return null;
}
