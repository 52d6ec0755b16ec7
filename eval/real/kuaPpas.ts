/**
 * KUA-PPAS Tabel IV.3 control figures, computed from the file alone: each sheet's header row (a "Kode"
 * cell and a "Pagu" cell), its OPD rows (an 8-part SKPD code followed by the OPD's name in the code
 * cell), sub kegiatan rows by code depth (6 parts), their pagu summed in integer sen, and the year of
 * the "Target <year>" header. OPD rows whose own pagu differs from their sub kegiatan are listed.
 */
import type { CellValue } from "../../src/core/sheetDocument";
import type { SourceSheet } from "../../src/core/sheetSnapshot";
import type { ControlFigures, FamilyControls } from "./controls";

const text = (v: CellValue | undefined) => (v === null || v === undefined ? "" : String(v).trim());
const SKPD = /^([0-9X]+(?:\.[0-9X]+){7})\s+(\S.*)$/i;
const SUB = /^[0-9X]+(\.[0-9X]+){5}$/i;

function header(s: SourceSheet): { row: number; code: number; pagu: number; year: number | null } | null {
  for (let r = 0; r < Math.min(15, s.values.length); r++) {
    const cells = (s.values[r] ?? []).map((v) => text(v).toLowerCase());
    const code = cells.findIndex((t) => t === "kode");
    const pagu = cells.findIndex((t) => t.startsWith("pagu"));
    const target = cells.find((t) => /^target\s+\d{4}$/.test(t));
    if (code >= 0 && pagu >= 0) return { row: r, code, pagu, year: target ? Number(/\d{4}/.exec(target)![0]) : null };
  }
  return null;
}

/** Amount in sen: numbers as they are, text in Indonesian notation; blank / "null" / "-" are nothing. */
function sen(v: CellValue | undefined): number {
  if (typeof v === "number") return Math.round(v * 100);
  const t = text(v);
  if (t === "" || /^(null|-)$/i.test(t)) return 0;
  return Math.round(Number(t.replace(/\./g, "").replace(",", ".")) * 100);
}

export const kuaPpasControls: FamilyControls = {
  family: "KUA-PPAS Tabel IV.3 per OPD",
  detect: (sheets) =>
    sheets.some((s) => {
      const h = header(s);
      return h !== null && SKPD.test(text(s.values[h.row + 1]?.[h.code]));
    }),
  controls(sheets): ControlFigures {
    const opds = new Set<string>();
    const subs = new Set<string>();
    const years = new Set<number>();
    let total = 0;
    const differs: string[] = [];
    for (const s of sheets) {
      const h = header(s);
      if (!h) continue;
      if (h.year) years.add(h.year);
      let opd: { name: string; pagu: number; cell: string; detail: number } | null = null;
      const close = () => {
        if (opd && opd.pagu !== opd.detail) differs.push(`${s.sheet}!${opd.cell}`);
      };
      for (let r = h.row + 1; r < s.values.length; r++) {
        const row = s.values[r] ?? [];
        const code = text(row[h.code]);
        const m = SKPD.exec(code);
        if (m) {
          close();
          // The OPD is the SKPD (unit part 0000): a sub unit's row (RSUD …01.1000) counts under its SKPD.
          opd = { name: m[1]!.split(".").slice(0, 7).join("."), pagu: sen(row[h.pagu]), cell: `E${r + 1}`, detail: 0 };
          opds.add(opd.name);
          continue;
        }
        if (!SUB.test(code) || !opd) continue;
        subs.add(`${opd.name}|${code}`);
        const v = sen(row[h.pagu]);
        opd.detail += v;
        total += v;
      }
      close();
    }
    return {
      subKegiatan: subs.size,
      opds: opds.size,
      year: years.size === 1 ? [...years][0]! : null,
      budget: total / 100,
      basis: `OPD rows (SKPD code + name), 6-part codes, Pagu column in sen; OPD pagu ≠ detail in ${differs.length} sheets${differs.length ? ` (${differs.slice(0, 3).join(", ")}${differs.length > 3 ? " …" : ""})` : ""}`,
    };
  },
};
