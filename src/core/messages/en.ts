/**
 * The catalog in English, for the pane in English and `--lang en`. Typed by the Indonesian table's keys
 * and parameters: a key missing here, or a parameter used wrongly, fails `tsc`. Evidence quoted from
 * the workbooks (header texts, names, codes) stays as written.
 */
import type { HierarchyMethod } from "../intake/hierarchy";
import type { RoleKind } from "../intake/columnRoles";
import type { Catalog } from "./keys";
import type { BudgetConflictLine, ColumnParam, ShiftReason, SourceRef } from "./id";

export const ROLE_EN: Readonly<Record<RoleKind, string>> = {
  code: "code",
  name: "programme/activity name",
  indicator: "indicator",
  unit: "unit",
  target: "target",
  budget: "budget (pagu)",
  opd: "agency (OPD)",
  location: "location",
  fundSource: "fund source",
  opdCode: "agency code (SKPD)",
  subUnit: "sub-unit",
  year: "year",
  ignore: "ignored",
};
const METHOD: Readonly<Record<HierarchyMethod, string>> = { indent: "cell indentation", outline: "outline (row groups)", leadingSpaces: "leading spaces in the name", bold: "bold type" };
const cols = (cs: readonly ColumnParam[]) => cs.map((a) => `column ${a.letter} "${a.header || "(empty)"}" (cell ${a.cell})`).join(", ");
const where = (w: { file: string; sheet: string }) => `${w.file}, sheet "${w.sheet}"`;
const scaleWord = (s: number) => (s === 1e3 ? "thousands" : s === 1e6 ? "millions" : "billions");
const AUTHORITY = { apbd: "the APBD export (SIPD)", kuaPpas: "KUA-PPAS/budget ceiling list", planning: "planning table" } as const;
const NOT_PROGRAMME: Readonly<Record<"pivot" | "salary" | "summary", string>> = {
  pivot: "an analyst extract / pivot table (Row Labels, Sum of …)",
  salary: "a salary/staff list (NIP, grade, salary)",
  summary: "a summary per agency (one row per OPD, no programmes)",
};
const ref = (r: SourceRef) => `${r.file}, sheet "${r.sheet}", cell ${r.cell}`;
const line = (w: BudgetConflictLine) => `${w.code} "${w.name}" (${w.opd})`.trim();
const rpExact = (n: number) => `Rp ${n.toLocaleString("en-US", { minimumFractionDigits: 0, maximumFractionDigits: 2 })}`;
const shiftWhy = (w: ShiftReason) =>
  w.kind === "endsBefore" ? `its budget ends before ${w.year}` : w.kind === "quickWin" ? "a quick win starts by year 2 at the latest" : w.kind === "dependency" ? `waiting for prerequisite ${w.dep}` : w.kind === "ceiling" ? "the yearly budget ceiling" : "";
const topGroup = (share: number, f: { dec(x: number, d: number): string }) => (Math.abs(share - 1 / 3) < 1e-3 ? "top third" : `top ${f.dec(share * 100, 0)} %`);
const MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
/** "Rp 1.25 bn" / "Rp 750 m" — compact figures for executive summaries (English units). */
const rpShort = (n: number) => {
  const abs = Math.abs(n);
  const fmt = (x: number) => new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 }).format(x);
  if (abs >= 1e12) return `Rp ${fmt(n / 1e12)} tn`;
  if (abs >= 1e9) return `Rp ${fmt(n / 1e9)} bn`;
  if (abs >= 1e6) return `Rp ${fmt(n / 1e6)} m`;
  return `Rp ${fmt(Math.round(n))}`;
};
const plural = (n: number, one: string, many = `${one}s`) => (n === 1 ? one : many);

export const EN: Catalog = {
  "intake.skippedByMapping": (p) => `Sheet "${p.sheet}" was skipped as the column mapping says.`,
  "intake.sheetEmpty": (p) => `Sheet "${p.sheet}" is empty and was skipped.`,
  "intake.noTable": (p) => `Sheet "${p.sheet}" holds no programme table: no row of column headers (Kode, Program/Uraian, Indikator, Pagu …) in rows 1–${p.rows}.`,
  "intake.levelColumns": (p) => `Each level has its own column (${p.levels.map((l) => `${l.level}: column ${l.letter}`).join(", ")}); repeated programmes and activities were imported once.`,
  "intake.askTwoNames": (p) => `${where(p)}: more than one column looks like the programme/activity name — ${cols(p.cols)}; choose the one name column.`,
  "intake.askNoName": (p) =>
    `${where(p)}: the programme/activity name column could not be found from the headers in rows ${p.top}–${p.bottom}${p.unsure.length ? `; columns not yet placed: ${cols(p.unsure)}` : ""}.`,
  "intake.askUnsureRoles": (p) => `${where(p)}: column roles are not certain — ${p.cols.map((a) => `column ${a.letter} "${a.header}" (cell ${a.cell}) may be the ${ROLE_EN[a.role]}`).join(", ")}; please confirm them.`,
  "intake.codeColumnNotProgramme": (p) => `Column ${p.letter} "${p.header}" holds ${p.skpd ? "agency (SKPD) codes, evidence of the OPD" : "account codes, not programme codes"}; it is not read as the programme code.`,
  "intake.columnDuplicateUndated": (p) => `Column ${p.letter} "${p.header}" is also a ${ROLE_EN[p.role]} without a year; only column ${p.kept} is used.`,
  "intake.columnDuplicateYear": (p) => `Column ${p.letter} "${p.header}" is also a ${ROLE_EN[p.role]} for ${p.year}; only column ${p.kept} is used.`,
  "intake.askYearUnknown": (p) =>
    `${where(p)}: the year of ${cols(p.cols)} is unknown — there is no YEAR column, and neither the title, the headers, the sheet name nor the file name gives a year; write the year into the header (e.g. "Pagu 2026") or give it here.`,
  "intake.yearFromColumn": (p) => `Each row's budget/target year was taken from column ${p.letter} "${p.header}".`,
  "intake.yearForColumns": (p) => `Year ${p.year} for ${p.cols.map((a) => `column ${a.letter} "${a.header}"`).join(", ")} was taken from ${p.where}.`,
  "intake.yearPlanRelative": (p) => `Plan-year headers (${p.headers.map((h) => `"${h}"`).join(", ")}) were counted from the plan's first year ${p.base} (Tahun 1 = ${p.base}); this sheet names no year.`,
  "intake.amountScale": (p, f) => `Column ${p.column ? `${p.column} ` : ""}"${p.header}" is written in ${scaleWord(p.scale)} of rupiah; its values were multiplied by ${f.n(p.scale)}.`,
  "intake.columnDuplicateAlso": (p) => `Column ${p.letter} "${p.header}" also looks like the ${ROLE_EN[p.role]}; only column ${p.kept} is used.`,
  "intake.columnUnknown": (p) => `Column ${p.letter} "${p.header}" was not recognised and was not imported.`,
  "intake.columnNumbersRow": (p) => `Row ${p.row} holds column numbers (1, 2, 3 …) and was skipped.`,
  "intake.subtotalRowLabelled": (p) => `Row ${p.row} "${p.label}" is a subtotal/total row and was not imported.`,
  "intake.hiddenRow": (p) => `Row ${p.row} is hidden and was not imported; unhide it if its content should be imported.`,
  "intake.blankRows": (p) => `${p.rows.length} blank separator ${plural(p.rows.length, "row")} skipped (${plural(p.rows.length, "row")} ${p.rows.join(", ")}).`,
  "intake.footer": (p) => `Notes and signatures below the table (from row ${p.row}) were not imported.`,
  "intake.askCodeColumn": (p) => `${where(p)}: ${cols(p.cols)} is headed as a code but most of its cells are not programme codes (${p.parsed} of ${p.cells} cells); check the code column.`,
  "intake.askHierarchy": (p) =>
    `${where(p)}: the rows' levels (programme/activity/sub-activity) cannot be told — no code column, no code before the name, no indentation, outline or bold type in column ${p.letter} "${p.header}" (cell ${p.cell}); give the level or a code column.`,
  "intake.hierarchyMethod": (p) => `Programme/activity levels were read from the ${METHOD[p.method]} of column ${p.letter}.`,
  "intake.hierarchyDeep": (p) => `${p.count} levels of ${METHOD[p.method]} found; the fourth level and deeper are taken as sub-activities.`,
  "intake.opdFromSheetName": (p) => `Agency "${p.opd}" was taken from the sheet name "${p.sheet}"${p.cut ? " (Excel cuts sheet names at 31 characters; check the full name)" : ""}.`,
  "intake.outsideTable": (p) => `Cell ${p.cell} holds "${p.text}" outside the table's columns; not imported.`,
  "intake.rowWithoutName": (p) => `Row ${p.row} ${p.code ? `with code ${p.code} has no name` : "has neither code nor name"} (cell ${p.cell} is empty); not imported.`,
  "intake.headingRow": (p) => `Row ${p.row} "${p.code} ${p.name}" is ${p.urusan ? "an affair (urusan)" : "a sector (bidang urusan)"} heading, not a programme; not imported.`,
  "intake.badCode": (p) => `Code "${p.code}" in row ${p.row} does not follow U.BB.PP.K.KK.SSSS; the row was not imported.`,
  "intake.shortCode": (p) => `Code "${p.code}" in row ${p.row} is incomplete (the activity number is missing); taken as an activity.`,
  "intake.rowWithoutCodeLevel": (p) => `Row ${p.row} "${p.name}" has no code in a coded table; its level cannot be told, not imported.`,
  "intake.opdUnknownGeneric": (p, f) =>
    `The agency (OPD) of row ${p.row} is unknown (no OPD column, title or file name names it); ${f.face === "pane" ? "add an OPD column, or a title naming it, to the source file." : 'add "opd" to the mapping file.'}`,
  "intake.orphanNamed": (p) => `${p.kegiatan ? "Activity" : "Sub-activity"} "${p.name}" in row ${p.row} is not under any ${p.kegiatan ? "programme" : "activity"} in this sheet.`,
  "intake.yearCellBad": (p) => `The year in cell ${p.cell} ("${p.text}") is not a year; the budget/target of row ${p.row} was not imported.`,
  "intake.badBudget": (p) => `Budget ${p.year} in cell ${p.cell} holds "${p.text}", which is not a rupiah amount; left empty.`,
  "intake.negativeBudgetText": (p) => `Budget ${p.year} in cell ${p.cell} is negative (${p.text}).`,
  "intake.opdFromFileName": (p) => `Agency "${p.opd}" was taken from the file name "${p.file}" (no OPD column or title names it).`,
  "intake.opdPaguDiffers": (p, f) =>
    `The OPD budget of "${p.opd}" in cell ${p.cell} (${f.rp(p.pagu)}) differs from the sum of its sub-activities (${f.rp(p.detail)}), a difference of ${f.rp(p.pagu - p.detail)}; the sub-activity detail rows were imported.`,
  "intake.askKuaYear": (p) => `${where(p)}: the budget year is not named in the headers (e.g. "Target 2024"), the table title or the sheet name; which year are these budgets and targets for?`,
  "intake.yearFrom": (p) => `Year ${p.year} was taken from ${p.where}.`,
  "intake.subtotalRow": (p) => `Row ${p.row} "${p.label}" is a total row and was not imported.`,
  "intake.subtotalRowPlain": (p) => `Row ${p.row} is a subtotal/total row and was not imported.`,
  "intake.footerQuoted": (p) => `Notes and signatures below the table (from row ${p.row}: "${p.text}") were not imported.`,
  "intake.subUnitOfSkpd": (p) =>
    `"${p.unit}" (${p.unitCode}) is a sub-unit of SKPD "${p.skpd}" (${p.skpdCode}) in this file: its rows were imported as OPD "${p.skpd}" with sub-unit "${p.unit}"; the same line from several sub-units is summed.`,
  "intake.badOpdPagu": (p) => `The OPD budget in cell ${p.cell} holds "${p.text}", which is not a rupiah amount.`,
  "intake.rowWithoutCode": (p) => `Row ${p.row} "${p.text}" has no code in a coded table; not imported.`,
  "intake.opdUnknownKua": (p) => `The agency (OPD) of row ${p.row} is unknown: there is no OPD row (SKPD code and name) above it, and the table title does not name one.`,
  "intake.indicatorTargetLines": (p) => `Row ${p.row}: ${p.indicators} ${plural(p.indicators, "indicator")} but ${p.targets} ${plural(p.targets, "target")}; the targets were imported as written.`,
  "intake.negativeBudget": (p) => `Budget ${p.year} in cell ${p.cell} is negative.`,
  "intake.subkegiatanOnly": (p) => `This sheet holds only sub-activities (${p.rows} ${plural(p.rows, "row")}); their parent programmes and activities are not in this sheet and were not invented.`,
  "intake.orphanCode": (p) => `${p.kegiatan ? "Activity" : "Sub-activity"} ${p.code} in row ${p.row} is not under any ${p.kegiatan ? "programme" : "activity"} in this sheet.`,
  "intake.headingRows": (p) => `${p.count} affair/sector ${plural(p.count, "row is a group heading", "rows are group headings")}, not programmes; not imported.`,
  "intake.opdFromTitle": (p) => `Sheet without OPD rows: agency "${p.opd}" was taken from the table title (cell ${p.cell}).`,
  "intake.opdFromSheetNoRow": (p) => `Sheet without OPD rows: agency "${p.opd}" was taken from the sheet name "${p.sheet}"${p.cut ? ", which may be cut at 31 characters — check the name" : ""}.`,
  "intake.askReportYear": (p) =>
    `${where(p)}: ${p.rak ? "cash budget plan (RAK)" : "realisation report (LRA)"} without a budget year — the title (rows 1–${p.top}) does not say "TAHUN ANGGARAN …". Which year is this ${p.rak ? "RAK" : "report"} for?`,
  "intake.yearFromNotTitle": (p) => `Year ${p.year} was taken from ${p.where} (the title names no budget year).`,
  "intake.periodUnknownLra": (p) => `The report's period is not named in the title, sheet name or file name; realisation is recorded for budget year ${p.year} without a month. Please name the period (e.g. "s.d. Maret ${p.year}").`,
  "intake.periodUnknownRak": (p) => `The realisation period is not named in the title, sheet name or file name; realisation is recorded for budget year ${p.year} without a month.`,
  "intake.periodFrom": (p) => `Realisation period "${p.period}" was taken from ${p.where} (the report's title does not name it).`,
  "intake.lraFromAccounts": (p) => `Sub-activity ${p.code} has no figures on its own row: budget and realisation were summed from the ${p.count} account ${plural(p.count, "row")} below it.`,
  "intake.rakFromAccounts": (p) => `Sub-activity ${p.code} has no figures on its own row: the budget was summed from the account rows below it.`,
  "intake.badAmount": (p) => `"${p.text}" is not a rupiah amount; taken as empty.`,
  "intake.rowSkippedReport": (p) => `Row ${p.row} ("${p.text}") is not an affair, SKPD, programme or account code; not imported.`,
  "intake.rowSkippedRak": (p) => `Row ${p.row}: "${p.text}" is not an affair, SKPD, programme or account code; not imported.`,
  "intake.askReportOpd": (p) =>
    `${where(p)}: row ${p.row} (${p.code}) comes before any SKPD row (8-part code and OPD name), and the title names no OPD. Which OPD does this ${p.rak ? "RAK" : "report"} belong to?`,
  "intake.noTotal": (p) => `The closing "Jumlah" row of the table was not found; check whether the ${p.rak ? "RAK" : "report"} is cut short.`,
  "intake.layoutLra": (p) =>
    `Read as a SIPD realisation report (LRA) ${p.period ?? `TA ${p.year} (period not named)`}: ${p.subs} sub-activities; budget = sum of the Anggaran columns (${p.groups} spending groups), realisation kept for Monev; ${p.accounts} account rows folded into their sub-activities.`,
  "intake.rakPlanGap": (p) => `${p.count} sub-activities: the monthly cash plan does not add up to the budget (RAK incomplete); the budget was taken from column ${p.header}.`,
  "intake.layoutRak": (p) =>
    `Read as a SIPD cash budget plan (RAK) for ${p.year}: ${p.subs} sub-activities, budget from ${p.from === "budget" ? "the budget column" : p.from === "total" ? "the total column" : `the sum of ${p.months} month columns`}; ${p.accounts} account rows folded into their sub-activities.${p.noRealisation ? " A cash plan is not realisation: no realisation was recorded." : ""}`,
  "intake.askOldYear": (p) => `${where(p)}: the year of ${p.cols.map((c) => `column ${c.letter} "${c.header}"`).join(", ")} is not named in the headers, the table title or the sheet name; which year is it?`,
  "intake.amountScaleOld": (p, f) => `Column ${p.letter} "${p.header}" is in ${p.scale === 1000 ? "thousands" : "millions"} of rupiah: every value was multiplied by ${f.n(p.scale)}.`,
  "intake.badOldCode": (p) => `Code "${p.code}" in row ${p.row} does not fit this sheet's old code pattern (programme ${p.programParts} parts, activity ${p.kegiatanParts} parts); not imported.`,
  "intake.rowWithoutNameOld": (p) => `Row ${p.row} with code ${p.code} has no name; not imported.`,
  "intake.opdUnknownOld": (p) => `The agency (OPD) of row ${p.row} is unknown: there is no organisation row (code U.BB.SS) or "Nama SKPD" title above it.`,
  "intake.badBudgetPlain": (p) => `Budget ${p.year} in cell ${p.cell} holds "${p.text}", which is not a rupiah amount; left empty.`,
  "intake.oldCodes": (p) => `Old code format (before 2019): programme ${p.programParts} parts, activity ${p.kegiatanParts} parts; codes kept as written.`,
  "intake.yearSheet": (p) => `Sheet "${p.sheet}" is year ${p.year} (from ${p.where}); its budgets and targets go to ${p.year}.`,
  "intake.yearSheetBudgetConflict": (p, f) =>
    `Budget ${p.year} of ${p.code} "${p.name}" differs: ${f.rp(p.old)} in sheet "${p.oldSheet}" (row cell ${p.oldCell}), ${f.rp(p.now)} in sheet "${p.sheet}" (row cell ${p.cell}); used: ${p.useNew ? `sheet "${p.sheet}" (the ${p.year} sheet itself)` : `sheet "${p.oldSheet}"`} — check both.`,
  "intake.yearSheetMerged": (p) => `The rows of sheet "${p.sheet}" were merged with sheet "${p.first}" (one sheet per year; each year in its own column).`,
  "intake.notProgramme": (p) => `Sheet "${p.sheet}" was skipped: ${NOT_PROGRAMME[p.what]}, not a programme table (headers in row ${p.row}); programme tables in other sheets are still imported.`,
  "intake.askFlatYear": (p, f) =>
    `${where(p)}: the year of column ${p.letter} "${p.header}" (cell ${p.cell}) is unknown — there is no YEAR column, and neither the title, the headers, the sheet name nor the file name gives a year; ${f.face === "pane" ? 'write the year into the header (e.g. "Pagu 2026") in the source file.' : "write it into the mapping file (budget:2026)."}`,
  "intake.yearPerRow": (p) => `Each row's year was taken from column ${p.letter} "${p.header}".`,
  "intake.rowWithoutSubCode": (p) => `Row ${p.row} "${p.name}" has no sub-activity code (U.BB.PP.K.KK.SSSS) in cell ${p.cell}; not imported.`,
  "intake.opdEmpty": (p) => `The agency (OPD) of row ${p.row} is empty (cell ${p.cell}); not imported.`,
  "intake.badBudgetFlat": (p) => `The budget in cell ${p.cell} holds "${p.text}", which is not a rupiah amount; not summed.`,
  "intake.yearRowBad": (p) => `The year of row ${p.row} ("${p.text}") is not a year; its budget was not imported.`,
  "intake.parentCodeMismatch": (p) => `${p.program ? "Programme" : "Activity"} code ${p.parent} in row ${p.row} does not match sub-activity code ${p.code}; the parent was taken from the sub-activity code.`,
  "intake.rowsWithoutCode": (p) => `${p.count} ${plural(p.count, "row")} without a valid sub-activity code ${p.count === 1 ? "was" : "were"} not imported (see the notes per row).`,
  "intake.flatExport": (p) =>
    `${p.layout}: ${p.subs} sub-activities from rows per sub-activity${p.perFund ? " × fund source" : ""}; each sub-activity's budget = the exact sum of its rows.${p.empty > 0 ? ` ${p.empty} sub-activities without a budget (budget column empty).` : ""}${p.manySubUnits > 0 ? ` ${p.manySubUnits} sub-activities are run by more than one sub-unit (all named in the Sub Unit column).` : ""}`,
  "intake.parentsFromCodes": (p) => `${p.program ? "Programme" : "Activity"} names are not in the file; ${p.program ? "programmes" : "activities"} were not made into rows of their own (their names are not invented).`,
  "intake.budgetConflict": (p) =>
    `The same line ${line(p.what)} is also in ${ref(p.ref)}: ${p.conflicts
      .map(
        (c) =>
          `budget ${c.year} ${rpExact(c.had)} (${ref(c.hadRef)}) ≠ ${rpExact(c.now)} (${ref(c.nowRef)}); used ${rpExact(c.keepNew ? c.now : c.had)} from ${ref(c.keepNew ? c.nowRef : c.hadRef)} (${c.authority ? `the more binding document: ${AUTHORITY[c.authority]}` : "same document rank: the first read is kept"}), not summed`,
      )
      .join("; ")}.`,
  "intake.duplicate": (p) => `Duplicate: ${line(p.what)} was already imported from ${ref(p.ref)}; merged into one row (yearly budgets not summed).`,
  "intake.askNoTableInFile": (p) =>
    p.empty
      ? `${p.file}: empty file — nothing in ${plural(p.sheets.length, "sheet")} ${p.sheets.map((s) => `"${s}"`).join(", ")}.`
      : `${p.file}: no programme table recognised in ${plural(p.sheets.length, "sheet")} ${p.sheets.map((s) => `"${s}"`).join(", ")} — no row of column headers (Kode, Program/Uraian, Indikator, Pagu …) in rows 1–${p.rows}.`,
  "intake.duplicateFile": (p, f) =>
    `${f.n(p.lines)} ${plural(p.lines, "line")} of ${p.second} ${p.lines === 1 ? "is" : "are"} also in ${p.first} (e.g. ${line(p.example)}); merged into one row each, yearly budgets not summed${p.conflicts > 0 ? `; ${f.n(p.conflicts)} of them differ in budget (see the "budget-conflict" warnings)` : ""}.`,
  "intake.askNoRows": (p) =>
    p.withHeader.length > 0
      ? `${p.file}: no programme rows under the column headers — ${plural(p.withHeader.length, "sheet")} ${p.withHeader.map((h) => `"${h.sheet}" (headers in row ${h.row})`).join(", ")} hold only headers. Is this the right file, or was the export cut short?`
      : `${p.file}: no programme rows in ${plural(p.sheets.length, "sheet")} ${p.sheets.map((s) => `"${s}"`).join(", ")}. Is this the right file?`,
  "reason.noEvidence": () => "no evidence — needs review",
  "reason.inherits": () => "follows its parent programme: ",
  "reason.localRule": () => "local rule: ",
  "reason.from": () => "(from ",
  "reason.manual": () => "manual (Pilar (manual))",
  "reason.support": () => "support programme (reported apart)",
  "reason.strongerThan": () => "(stronger than ",
  "reason.words": () => "words: ",
  "reason.code": () => "code ",
  "reason.noPillar": () => "No pillar",
  "mapping.overrideInvalid": (p) => `Pilar (manual) "${p.text}" is not one of the six pillars; choose one of them. This line was mapped automatically.`,
  "mapping.overrideOrphaned": (p) =>
    `The manual choice ${p.pillar} for "${p.name}"${p.code ? ` (code ${p.code})` : ""}${p.opd ? `, ${p.opd}` : ""} no longer finds its programme in the new import. Its local rule stays in ${p.localRules}.`,
  "quickwin.topShareInvalid": (p) => `${p.label}: ${p.value} is outside 1–100; one third is used.`,
  "quickwin.weightNegative": (p) => `Weight ${p.id} is negative (${p.value}); ignored.`,
  "quickwin.newEntryNoPillar": (p) => `New initiative "${p.title}" has no known pillar ("${p.text}"); fill in the Pilar column (e.g. Smart Living). The row is kept.`,
  "quickwin.scoreOutOfRange": (p) => `${p.header}: ${p.value} is outside 1–5; the default value is used.`,
  "quickwin.ahpInvalid": (p) => `${p.detail}; the cell is taken as empty.`,
  "quickwin.ahpMissing": (p) => `Weight source "ahp" was chosen but ${p.pairwise} has no complete matrix yet; the direct weights are used.`,
  "quickwin.ahpInconsistent": (p) => `Combined CR ${p.cr?.toFixed(3)} > 0.10: the AHP judgements are not consistent.`,
  "quickwin.scoreOrphaned": (p) => `Programme ${p.id} is no longer in the mapping results; its scores are not used.`,
  "quickwin.rowNoPillar": (p) => `Row "${p.title}" has no known pillar; moved to the "Inisiatif baru" table — fill in the Pilar column to have it scored.`,
  "quickwin.penunjangSkipped": (p) => `${p.count} support-programme activities (X.XX.01) were not scored as quick wins.`,
  "quickwin.unmappedSkipped": (p) => `${p.count} activities are not yet mapped to a pillar; not scored.`,
  "roadmap.duplicateId": (p) => `Initiative "${p.title}" uses the duplicate ID ${p.id}; only the first one is scheduled.`,
  "roadmap.dependencyMissing": (p) => `"${p.title}": prerequisite initiative ${p.dep} was not found; the prerequisite is ignored.`,
  "roadmap.dependencyCycle": (p) => `"${p.title}": the prerequisites go round in a circle (${p.id} → ${p.dep} → … → ${p.id}); the prerequisite is ignored.`,
  "roadmap.overCeiling": (p) => `"${p.title}" exceeds the yearly${p.pillar ? " pillar" : ""} budget ceiling in every possible year; scheduled as early as possible and needs review.`,
  "roadmap.outsideHorizon": (p, f) =>
    `"${p.title}": budget outside the plan period ${p.first}–${p.last} is not in the roadmap (${p.byYear.map((y) => `${y.year} ${f.rp(y.amount)}`).join("; ")}; total ${f.rp(p.total)}).`,
  "roadmap.beyondHorizon": (p) => `"${p.title}" continues after ${p.last}; budget after that year is not counted.`,
  "roadmap.quickWinLate": (p) => `Quick win "${p.title}" cannot start before ${p.year} (after year 2) because of ${p.ceiling ? "the budget ceiling" : "its prerequisite"}.`,
  "roadmap.outsideSummary": (p, f) =>
    `${p.count} running ${plural(p.count, "programme has", "programmes have")} budget outside the plan period ${p.first}–${p.last} (total ${f.rp(p.total)}); that budget is not in the roadmap. Example: ${p.example ? f.m(p.example) : p.exampleText}`,
  "roadmap.empty": () => "No ranked initiatives yet (Quick Win); the Roadmap, books and Monev were made empty.",
  "monev.orphaned": (p) => `Monev entries for ${p.lines.map((o) => `${o.id} (${o.year})`).join(", ")} no longer match the Roadmap (shown below the Monev table).`,
  "monev.noTable": (p) => `The Monev table (columns ${p.id}, ${p.year}, ${p.realisation}) was not found; the earlier entries cannot be read.`,
  "monev.badValue": (p) => `Realisation "${p.text}" for ${p.id} year ${p.year} is not a percentage; left empty.`,
  "monev.realisationOutside": (p) => `${p.count} sub-activity ${plural(p.count, "realisation")} for ${p.years.join(", ")} ${p.count === 1 ? "lies" : "lie"} outside the Monev years (${p.first ?? "–"}–${p.last ?? "–"}); not shown.`,
  "monev.realisationUnmatched": (p) => `${p.count} sub-activity ${plural(p.count, "realisation")} from the reports (e.g. ${p.code} ${p.opd}, ${p.file}) ${p.count === 1 ? "does" : "do"} not match any initiative code in the Roadmap; not in Monev.`,
  "innovation.returned": (p) => `${p.count} innovation ${plural(p.count, "proposal")} from ${p.opd ?? "an OPD worksheet"} merged into sheet ${p.sheet}.`,
  "innovation.duplicate": (p) => `Innovation "${p.name}" was proposed by ${p.opds.length} OPDs (${p.opds.join(", ")}); check whether to merge them.`,
  "innovation.noPillar": (p) => `Innovation "${p.name}" (${p.opd || "OPD not filled in"}) has no pillar yet: fill in the Pilar column or a programme code that is already mapped; until then it is not scored.`,
  "innovation.stepsOrphaned": (p) => `The steps for ${p.ids.join(", ")} are kept, but ${p.ids.length === 1 ? "that initiative is" : "those initiatives are"} no longer a quick win.`,
  "innovation.kindUnknown": (p) => `Innovation kind "${p.text}" is not known (choices: ${p.choices.join(", ")}); left empty.`,
  "innovation.noOpd": (p) => `Innovation "${p.name}" has no OPD; fill in the OPD column.`,
  "innovation.costInvalid": (p) => `The cost of innovation "${p.name}" cannot be read ("${p.text}"); left empty.`,
  "readiness.severalSheets": (p) => `Several Kesiapan sheets were given; the last one (${p.file}) is used.`,
  "readiness.noTable": (p) => `No questionnaire table (columns ID, Pertanyaan, Jawaban) was found in ${p.file}.`,
  "readiness.opdMissing": (p) => `The questionnaire of ${p.opd} has not come back yet (${p.items} ${plural(p.items, "item")}).`,
  "readiness.answerRejected": (p, f) => `${p.item}: ${p.detail ? f.m(p.detail) : p.text}`,
  "readiness.levelNotCounted": (p) => `answer ${p.answer} is outside levels ${p.range} (${p.label}); not counted`,
  "readiness.levelOutside": (p) => `answer ${p.quoted ? `"${p.answer}"` : p.answer} is outside levels ${p.range} (${p.label})`,
  "readiness.notLevel": (p) => `answer "${p.answer}" is not a level ${p.range}`,
  "readiness.levelUnknown": (p) => `answer "${p.answer}" is not recognised; choose a level ${p.range} (${p.label})`,
  "readiness.opdAnswer": (p, f) => `${p.opd}: ${f.m(p.answer)}`,
  "readiness.profileChanged": (p) => `The level profile changed from ${p.from} to ${p.to}: earlier answers and targets were converted.`,
  "readiness.rowUnknown": (p) => `Row ${p.row} in ${p.sheet}${p.id ? ` (${p.id})` : ""}: pillar, element, aspect or question not recognised; the row is kept but not counted.`,
  "readiness.newItemId": (p) => `Row ${p.row} in ${p.sheet}: a new item without an ID was given ID ${p.id}.`,
  "readiness.idTwice": (p) => `ID ${p.id} appears twice in ${p.sheet} (row ${p.row}); the second row is ignored.`,
  "readiness.weightNegative": (p) => `Weight ${p.weight} for ${p.id} is negative; the earlier weight is used.`,
  "readiness.targetOutside": (p) => `Target ${p.target} for ${p.id} is outside levels ${p.lo}–${p.hi}; the earlier target is used.`,
  "readiness.receivedTwice": (p) => `The questionnaire of ${p.opd} was received twice (${p.first}; ${p.second}); the last one is used.`,
  "readiness.itemUnknown": (p) => `Item ${p.id} (${p.where}) is not in the item bank; its answer is ignored.`,
  "readiness.summary": (p) => `Readiness index ${p.index} (${p.predicate ?? "not yet rated"}); ${p.missing} ${plural(p.missing, "item")} not answered yet.`,
  "roadmap.paguShifted": (p) => `"${p.title}": budget ${p.from} moved ${p.later ? "later" : "earlier"} by ${p.years} ${plural(p.years, "year")} to ${p.to} (${shiftWhy(p.why)}).`,
  "roadmap.paguShiftedMany": (p) => `${p.count} programmes: budget ${p.from} moved ${p.later ? "later" : "earlier"} by ${p.years} ${plural(p.years, "year")} to ${p.to} (${shiftWhy(p.why)}); e.g. "${p.example}".`,
  "roadmap.unscheduledLate": (p) =>
    `"${p.title}" is not scheduled: ${p.dep !== null ? `prerequisite ${p.dep} ends only in ${p.needYear - 1}; its yearly budget could start in ${p.needYear} at the earliest, after ${p.last}.` : `its programme budget starts only in ${p.first}, after ${p.last}.`}`,
  "roadmap.unscheduledDependency": (p) => `"${p.title}" is not scheduled: prerequisite ${p.dep} ${p.afterEnd ? "ends after the plan period" : "is not scheduled"}.`,
  "sheet.program.title": () => "Agency programmes (imported)",
  "sheet.program.subtitle": (p) =>
    `${p.rows} rows from ${p.opds} ${plural(p.opds, "agency", "agencies")}. Made again on every import; each row's source is in the columns ${p.file}, ${p.sheet} and ${p.cell}.`,
  "sheet.program.footer": () => "Agency programmes",
  "sheet.notes.title": () => "Import notes (Catatan Impor)",
  "sheet.notes.subtitle": (p) =>
    `${p.error} ${plural(p.error, "error")}, ${p.warning} ${plural(p.warning, "warning")}, ${p.info} info. A ${p.reference.toLowerCase()} can be typed into the Go To box (Ctrl+G) while the source file is open.`,
  "sheet.total": () => "Total",
  "sheet.mapping.title": () => "Programmes mapped to the Smart City pillars",
  "sheet.mapping.subtitle": (p) =>
    `Fill in "${p.manual}" to change a pillar; your choice is kept on re-import and becomes a local rule. Shaded rows: confidence below ${p.percent} %.`,
  "sheet.mapping.support": () => "Support programmes (X.XX.01) — reported apart, not in the summaries",
  "sheet.mapping.noOpd": () => "(no OPD)",
  "sheet.mapping.countShort": () => "no.",
  "sheet.mapping.summary": () => "Summary (lowest rows: sub-activities, or activities/programmes without detail)",
  "sheet.mapping.perOpd": () => "Count and budget per pillar × OPD",
  "sheet.mapping.perElement": () => "Count and budget per element",
  "sheet.qw.title": () => "Quick wins and initiative priorities",
  "sheet.qw.subtitle": () => "Yellow cells may be changed; this sheet is read back when it is made again.",
  "sheet.qw.weightsHeading": () => "Criterion weights",
  "sheet.qw.summary": () => "Summary",
  "sheet.qw.rated": () => "Initiatives rated",
  "sheet.qw.count": () => "Quick wins",
  "sheet.qw.cutLabel": () => "Top-group cut",
  "sheet.qw.cut": (p, f) => `rank ≤ ${p.rank} (${topGroup(p.share, f)}), score ≥ ${f.dec(p.score, 3)}`,
  "sheet.qw.clarityLabel": () => "Clarity of the cut",
  "sheet.qw.clarity": (p, f) =>
    p.clear ? `Clear: the score gap at the cut is ${f.dec(p.gap, 0)} %.` : `No clear winner: the last score inside and the first outside the top group differ by ${f.dec(p.gap, 0)} % (< 10 %).`,
  "sheet.qw.conditionsLabel": () => "Quick-win conditions",
  "sheet.qw.conditions": (p, f) => `done within ${p.months} months; cost ${p.limit > 0 ? `≤ Rp ${f.dec(p.limit, 0)}` : "without limit"}`,
  "sheet.qw.weightsFromLabel": () => "Weights from",
  "sheet.qw.weightsAhp": (p, f) => `AHP (${p.sheet}): ${p.participants} ${plural(p.participants, "participant")}, combined CR ${p.cr === null ? "—" : f.dec(p.cr, 3)}, consensus ${f.dec(p.consensus, 0)} %`,
  "sheet.qw.weightsDirect": () => "direct weights (table above)",
  "sheet.qw.readinessLabel": () => "Readiness",
  "sheet.qw.readinessMissing": () => "Some pillars have no readiness rating yet: the readiness criterion is given the neutral value 0.5.",
  "sheet.qw.newEntries": () => "New initiatives (type here; the ID may stay empty)",
  "sheet.qw.quadrants": () => "Impact–effort quadrants per pillar",
  "sheet.qw.chosen": () => "Quick wins chosen",
  "sheet.qw.note": () => "Note",
  "sheet.qw.sum": () => "Total",
  "sheet.qw.quadrantNote": (p) =>
    p.state === "none" ? "no initiatives yet" : p.state === "noCandidate" ? "no candidate meets the duration/cost conditions" : p.state === "promoted" ? "quick win promoted (the best that meets the conditions)" : "",
  "sheet.qw.bubbleData": () => "Impact–effort chart data (30 best ranked; bubble size = cost)",
  "sheet.qw.method": () => "How it is computed",
  "sheet.qw.method1": () =>
    "Each criterion is put on a 0–1 scale of its own: impact, feasibility and alignment (1–5) linearly; pillar readiness divided by its index's maximum; cost (Rp) on a log scale from Rp 100 million (best) to Rp 100 billion (worst); duration from 0 months (best) to 60 months (worst). Cost and duration are reversed: the cheaper and shorter, the higher the score. Unknown values get the neutral value 0.5.",
  "sheet.qw.method2": () => "Weighted score = sum of (weight × criterion score), the weights adding up to 100 %.",
  "sheet.qw.tieBreak": () => "Equal scores (difference < 0.0001) share a rank (1, 2, 2, 4). Within a rank, rows are ordered by higher impact, then lower cost, then ID.",
  "sheet.qw.method3": (p, f) =>
    `Quick win: in the ${topGroup(p.share, f)} by score, done within ${p.months} months and (when there is a limit) cost ≤ the limit. A pillar with a qualifying candidate but no quick win gets its best candidate (promoted).`,
  "sheet.qw.method4": (p) =>
    `Quadrants: effort (1–5) = 1 + 4 × mean (1 − cost score, 1 − time score). Impact and effort count as high from ${p.cut}. Quick Win = high impact, low effort; Proyek Besar (major project) = high impact, high effort; Pengisi (filler) = low impact, low effort; Pertimbangkan Ulang (reconsider) = low impact, high effort.`,
  "sheet.qw.method5": (p) =>
    `Stability: ${p.draws} random draws (fixed seed) shift every weight by ±${p.spread} %; the percentage says how often the quick-win decision stays the same. The column "${p.flip}" names the smallest change of one weight (percentage points) that flips the decision.`,
  "sheet.qw.method6": (p) =>
    `Yellow scores may be changed by the analyst; they are kept when the sheet is made again (matched by ID). Scores marked "${p.mark}" come from simple rules (type from words in the name, feasibility from the type, impact from service/community words) and need review. New initiatives: type them under the ranking or in the "Inisiatif baru" table; their cost and duration are changed in that table.`,
  "sheet.qw.direction": (p) => (p.benefit ? "higher is better" : "lower is better"),
  "sheet.qw.rankingHeading": () => "Initiative ranking",
  "sheet.qw.chartHeading": () => "Quadrants and chart",
  "sheet.qw.chart": () => "Impact vs effort (size = cost)",
  "sheet.qw.footer": () => "Quick Win – page {page} of {pages}",
  "sheet.roadmap.currentYear": () => "▼ current year",
  "sheet.roadmap.calendarRow": () => "Planning calendar (preparing next year's APBD)",
  "sheet.roadmap.noneScheduled": () => "No initiatives scheduled yet: fill in the Quick Win sheet, then make this again.",
  "sheet.roadmap.totalPerPeriod": () => "Total per period",
  "sheet.roadmap.totalPerYear": () => "Total per year",
  "sheet.roadmap.perPillar": () => "Budget per pillar per year (Rp million)",
  "sheet.roadmap.perOpd": () => "Budget per OPD per year (Rp million)",
  "sheet.roadmap.milestones": () => "Milestones per year",
  "sheet.roadmap.milestoneKind": (p) => (p.start ? "Start" : "End"),
  "sheet.roadmap.calendar": () => "Yearly planning and budgeting calendar",
  "sheet.roadmap.steps": () => "Quick-win implementation steps (milestones, from the Inovasi sheet)",
  "sheet.roadmap.noSteps": () => "(no steps yet: write them in the Inovasi sheet)",
  "sheet.roadmap.title": (p) => `Smart City roadmap ${p.first}–${p.last}`,
  "sheet.roadmap.subtitle": (p) =>
    `${p.region ? p.region + " · " : ""}Grouped by ${p.byPillar ? "pillar" : "OPD"}. ${p.start} start, ${p.end} end, ${p.quickWin} quick win; figures in the bars = the period's budget (Rp million); ${p.calendar} = planning-calendar stage.`,
  "sheet.roadmap.ceilings": (p, f) => `Budget ceiling per pillar (fill in if any; the total yearly ceiling is set in ${p.settings}: ${p.ceiling > 0 ? f.rp(p.ceiling) : "no ceiling"})`,
  "sheet.roadmap.unscheduled": (p) => `Not scheduled: "${p.title}" — ${p.reason}`,
  "sheet.roadmap.notes": () => "Scheduling notes",
  "sheet.roadmap.footer": (p) => `Smart City roadmap${p.region ? " " + p.region : ""}`,
  // ── Pengaturan (settings.ts) ──
  "sheet.settings.title": () => "Smart City masterplan settings",
  "sheet.settings.subtitle": () => "Fill in the yellow cells. This sheet is read again every time the other sheets are regenerated.",
  // ── Aturan Lokal (mappingSheets.ts) ──
  "sheet.localRules.title": () => "Local pillar-mapping rules",
  "sheet.localRules.subtitle": () =>
    'Learned from the manual choices in "Pemetaan Pilar". A rule applies to a new line that holds ≥ 60 % (at least 2) of its keywords, or whose code starts with the "Code prefix". Change the keywords, pillar or prefix; set "Active" to Tidak to switch a rule off.',
  // ── Inovasi and the per-OPD innovation worksheet (innovationSheet.ts) ──
  "sheet.innovation.title": () => "Innovations per pillar (Bimtek III) and implementation steps (Bimtek IV)",
  "sheet.innovation.subtitle": () => "Planners and OPDs fill in the yellow cells; what they type is kept when the sheet is regenerated.",
  "sheet.innovation.howTo": () => "How to fill in",
  "sheet.innovation.howTo1": (p) =>
    `Innovations are proposed for programmes already mapped (listed per pillar below): not only IT — policies, new services and infrastructure are innovations too. Fill in the name, description, type (${p.choices.join(" / ")}), the parent programme's code, OPD, output, indicator and target. The pillar may stay empty when the programme code is given: it follows the programme.`,
  "sheet.innovation.howTo2": (p) =>
    `Every innovation is scored in the ${p.quickWin} sheet; fill in cost and duration so it can become a quick win. An OPD can fill in its own innovation worksheet (smartcity innovation --out DIR) and email it back; its rows are merged into this table.`,
  "sheet.innovation.howTo3": () =>
    "Implementation steps (Bimtek IV): for every quick win write the step, the month number (1 = January of the plan's first year), the responsible OPD and the output; steps become milestones in the Roadmap, a table in Buku II, and the content of the Komitmen sheet.",
  "sheet.innovation.list": () => "Innovations (type in the yellow rows; the ID may stay empty)",
  "sheet.innovation.steps": () => "Quick-win implementation steps (Bimtek IV): step, month, responsible OPD, output",
  "sheet.innovation.duplicates": () => "Similar proposals from several OPDs (review: merge or tell apart)",
  "sheet.innovation.dupName": () => "Innovation name",
  "sheet.innovation.dupOpds": () => "Proposing OPDs",
  "sheet.innovation.dupIds": () => "IDs",
  "sheet.innovation.mapped": (p) => `Mapped programmes — ${p.pillar} (${p.count} ${plural(p.count, "programme")})`,
  "sheet.innovation.noneMapped": (p) => `No OPD programme is mapped to ${p.pillar} yet.`,
  "sheet.innovation.programmes": (p) => `${p.pillar} programmes`,
  "sheet.innovation.code": () => "Code",
  "sheet.innovation.programme": () => "Programme",
  "sheet.innovation.opd": () => "Agency (OPD)",
  "sheet.innovation.element": () => "Element",
  "sheet.innovation.budget": () => "Budget (Rp)",
  "sheet.innovation.proposed": () => "Innovations proposed",
  "sheet.innovation.totals": () => "Total",
  "sheet.innovation.footer": () => "Innovations – page {page} of {pages}",
  "sheet.innovation.worksheetTitle": (p) => `Smart City innovation proposals — ${p.opd}`,
  "sheet.innovation.worksheetSubtitle": (p) => `Smart City masterplan ${p.region}`.trim(),
  "sheet.innovation.worksheetHowTo": (p) =>
    `For your programmes below, write innovations in the yellow rows: name, description, type (${p.choices.join(" / ")}), parent programme code, output, indicator, target, estimated cost and duration. Policy and service innovations count too, not only IT. Save this file and send it back to Bappeda; no add-in is needed.`,
  "sheet.innovation.yourProgrammes": () => "Your programmes already mapped to a smart-city pillar",
  "sheet.innovation.noneYours": () => "None of your programmes is mapped yet; you can still write proposals with the Pillar column filled in.",
  // ── Komitmen (commitment.ts) ──
  "sheet.commitment.title": () => "Commitments",
  "sheet.commitment.subtitle": () => "One page per OPD, to be signed by the OPD head and the regional head (name, NIP, place and date filled in at signing).",
  "sheet.commitment.none": () => "No quick wins or innovations yet: fill in the Inovasi and Quick Win sheets, then regenerate.",
  "sheet.commitment.regionHead": (p) => `${p.kota ? "Mayor" : "Regent"}${p.region ? " of " + p.region : ""}`,
  "sheet.commitment.opdHead": (p) => `Head of ${p.opd}`,
  "sheet.commitment.place": () => "Place, date: ............................",
  "sheet.commitment.name": () => "Name: ....................................",
  "sheet.commitment.nip": () => "Staff no. (NIP): ..........................",
  "sheet.commitment.heading": (p) => `Commitment to deliver quick wins and innovations — ${p.opd}`,
  "sheet.commitment.pledge": (p) =>
    `We, the Head of ${p.opd} and the ${p.head}, commit to delivering the following quick wins and innovations in ${p.first}–${p.second} as part of the Smart City masterplan, including the steps, budgets and targets listed.`,
  "sheet.commitment.item": () => "Quick win / innovation",
  "sheet.commitment.pillar": () => "Pillar",
  "sheet.commitment.status": () => "Type",
  "sheet.commitment.budget": (p) => `Budget ${p.year} (Rp)`,
  "sheet.commitment.target": () => "Target set",
  "sheet.commitment.quickWin": () => "Quick win",
  "sheet.commitment.innovation": () => "Innovation",
  "sheet.commitment.noPillar": () => "(no pillar yet)",
  "sheet.commitment.noItems": () => "(no quick wins or innovations yet)",
  "sheet.commitment.stepsHeader": () => "Steps in years 1–2",
  "sheet.commitment.month": () => "Month no.",
  "sheet.commitment.output": () => "Output",
  "sheet.commitment.noSteps": () => "(no steps written in the Inovasi sheet yet)",
  "sheet.commitment.footer": (p) => `Smart City masterplan commitment ${p.region}`.trim(),
  "sheet.book.region": () => "Region",
  "sheet.book.province": () => "Province",
  "sheet.book.period": () => "Period",
  "sheet.book.version": () => "Document version",
  "sheet.book.dateLabel": () => "Date",
  "sheet.book.date": (p) => `${p.day} ${MONTHS_EN[p.month]} ${p.year}`,
  "sheet.book3.subtitle": () => "Summary for the Regional Head",
  "sheet.book3.keyFigures": () => "Key figures",
  "sheet.book3.scheduledLabel": () => "Initiatives scheduled",
  "sheet.book3.scheduled": (p) => `${p.scheduled} of ${p.total}`,
  "sheet.book3.quickWinsLabel": () => "Quick wins (years 1–2)",
  "sheet.book3.quickWins": (p) => `${p.count} (in ${p.pillars} of 6 pillars)`,
  "sheet.book3.budgetLabel": () => "Total roadmap budget",
  "sheet.book3.budget": (p) => `${rpShort(p.amount)} (${p.period})`,
  "sheet.book3.readinessLabel": () => "Readiness index",
  "sheet.book3.readiness": (p, f) => `${f.dec(p.index, 2)} of ${p.max}${p.strongest && p.weakest ? `; strongest ${p.strongest}, weakest ${p.weakest}` : ""}`,
  "sheet.book3.notRated": () => "not yet rated",
  "sheet.book3.quickWinTable": () => "Quick wins per pillar",
  "sheet.book3.schedule": () => "Schedule",
  "sheet.book3.noQuickWins": () => "(no quick wins yet)",
  "sheet.book3.glance": () => "Roadmap at a glance: budget per pillar per year (Rp million)",
  "sheet.book3.pie": () => "Budget share per pillar",
  "sheet.book3.readinessTable": () => "Readiness per pillar",
  "sheet.book3.index": () => "Index",
  "sheet.book3.scaleMax": () => "Scale max.",
  "sheet.book3.radar": () => "Readiness index per pillar",
  "sheet.book3.noBubble": () =>
    "The impact–effort chart is not shown: the top initiatives have the same duration or score (default values), so their points would sit on one another. Fill in the scores in the Quick Win sheet to make the chart meaningful.",
  "sheet.book3.impactEffort": () => "Impact–effort of the top initiatives",
  "sheet.book3.effortMonths": () => "Effort (months)",
  "sheet.book3.priorityScore": () => "Priority score",
  "sheet.book3.quadrant": (p) => ({ quickWin: "Quick win", majorProject: "Major project", fillIn: "Filler", reconsider: "Reconsider" })[p.quadrant],
  "sheet.book3.bubble": () => "Impact (score) against effort (months)",
  "sheet.monev.title": () => "Smart City monitoring and evaluation (Monev)",
  "sheet.monev.subtitle": (p) =>
    `${p.region ? p.region + " · " : ""}The OPDs fill in the yellow cells: OPD target (only when it differs from the planned target), realisation, budget realised, reason and follow-up. Status: tercapai (achieved) when realisation ≥ ${p.threshold}% of the target; achievement and status are computed again whenever the sheet is made again.`,
  "sheet.monev.orphanTitle": () => "(this initiative/year is no longer in the Roadmap)",
  "sheet.monev.summary": () => "Summary per pillar (targets not met are marked red above)",
  "sheet.monev.rows": () => "Rows",
  "sheet.monev.achieved": () => "Achieved",
  "sheet.monev.behind": () => "Behind",
  "sheet.monev.notStarted": () => "Not started",
  "sheet.monev.noReason": () => "No reason given",
  "sheet.monev.empty": () => "No initiatives scheduled in the Roadmap yet; Monev fills in once Quick Win and Roadmap are made.",
  "sheet.monev.orphans": (p) =>
    `${p.count} grey ${plural(p.count, "row holds entries", "rows hold entries")} for initiatives/years no longer in the Roadmap; those entries are kept. Copy them to the right row if the initiative ID changed, then clear them.`,
  "sheet.monev.footer": (p) => `Smart City Monev${p.region ? " " + p.region : ""}`,
  "sheet.book.empty": () => "(not filled in yet — fill it in on the Pengaturan sheet)",
  "sheet.book.vision": () => "Vision",
  "sheet.book.mission": () => "Mission",
  "sheet.book.objectives": () => "Objectives",
  "sheet.book2.subtitle": () => "Strategy, Programmes and Roadmap",
  "sheet.book2.vision": () => "1. Smart City Vision, Mission and Objectives",
  "sheet.book2.roadmap": () => "3. Roadmap",
  "sheet.book2.budgetHeading": () => "4. Budget",
  "sheet.book2.unscheduled": () => "not scheduled",
  "sheet.book2.notRated": () => "This pillar's readiness is not rated yet.",
  "sheet.book2.readiness": (p, f) =>
    `Readiness index ${f.dec(p.index, 2)} of ${p.max}${p.band === "gap" ? ": a large gap, strengthen the basics first (regulation, people, data)" : p.band === "fair" ? ": fair, widen the services already running" : ": strong, raise integration and scale"}.`,
  "sheet.book2.none": (p) => `No programmes or innovations for ${p.pillar} yet.`,
  "sheet.book2.counts": (p) => `${p.count} programmes/innovations (${p.innovations} new innovations, ${p.quickWins} quick wins ${p.mark}); most in element ${p.element}.`,
  "sheet.book2.emptyElements": (p) => `Elements without programmes: ${p.elements.join(", ")} — room for the next innovations.`,
  "sheet.book2.strategy": () => "Strategy",
  "sheet.book2.others": () => "(others)",
  "sheet.book2.otherGroups": (p) => `${p.count} other ${plural(p.count, "group")}`,
  "sheet.book2.byElement": () => "Summary per element and OPD",
  "sheet.book2.budget": () => "Budget (Rp)",
  "sheet.book2.shortlist": () => "Innovations and quick wins",
  "sheet.book2.programmeOrInnovation": () => "Programme / innovation",
  "sheet.book2.typeSchedule": () => "Type / schedule",
  "sheet.book2.typeScheduleValue": (p) => `${p.innovation ? "Innovation" : "OPD programme"} (${p.type}), ${p.schedule}`,
  "sheet.book2.more": (p) => `… and ${p.count} other innovations/candidates (sheet ${p.sheet}).`,
  "sheet.book2.fullList": (p) => `The full list of ${p.count} ${p.pillar} programmes and activities: Appendix, grouped by OPD.`,
  "sheet.book2.appendix": () => "Appendix: programmes and activities per OPD",
  "sheet.book2.appendixFirst": () => "OPD / programmes and activities",
  "sheet.book2.noProgrammes": () => "(no programmes yet)",
  "sheet.book2.focus": (p) => `The roadmap below shows ${p.shown} quick wins, innovations and candidates; the other ${p.others} OPD programmes are in the ${p.sheet} sheet and the Appendix.`,
  "sheet.book2.steps": () => "Quick-win implementation steps (Bimtek IV)",
  //@@EN
};
