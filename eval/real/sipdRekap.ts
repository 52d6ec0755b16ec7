/**
 * Control figures of a SIPD "Rekap" flat export, computed from the file alone (no importer code): the sum of the
 * PAGU column in integer sen, distinct KODE SUB KEGIATAN × KODE SKPD pairs, distinct SKPD, and the TAHUN column.
 */
import type { CellValue } from "../../src/core/sheetDocument";
import type { SourceSheet } from "../../src/core/sheetSnapshot";
import type { ControlFigures, FamilyControls } from "./controls";

const norm = (v: CellValue | undefined) => String(v ?? "").trim().toUpperCase().replace(/\s+/g, " ");

function headerOf(s: SourceSheet): { row: number; col: Map<string, number> } | null {
  for (let r = 0; r < Math.min(10, s.values.length); r++) {
    const col = new Map<string, number>();
    (s.values[r] ?? []).forEach((v, c) => {
      const t = norm(v);
      if (t && !col.has(t)) col.set(t, c);
    });
    if (["TAHUN", "NAMA SKPD", "KODE SUB KEGIATAN", "PAGU"].every((h) => col.has(h)) && (col.has("KODE REKENING") || col.has("KODE SUMBER DANA"))) return { row: r, col };
  }
  return null;
}

/** Sen of a PAGU cell: a number, or text in Indonesian notation ("1.250.000,50"); blank/"-"/"null" is none. */
function sen(v: CellValue | undefined): number | null {
  if (typeof v === "number") return Math.round(v * 100);
  const t = String(v ?? "").trim();
  if (t === "" || t === "-" || /^null$/i.test(t)) return null;
  const [whole, frac = ""] = t.replace(/\./g, "").split(",");
  if (!/^-?\d+$/.test(whole!) || !/^\d{0,2}$/.test(frac)) throw new Error(`PAGU "${t}" is not an amount`);
  return Number(whole) * 100 + Math.sign(Number(whole) || 1) * Number(frac.padEnd(2, "0"));
}

export const sipdRekapControls: FamilyControls = {
  family: "SIPD Rekap",
  detect: (sheets) => sheets.some((s) => headerOf(s) !== null),
  controls(sheets): ControlFigures {
    let total = 0;
    const pairs = new Set<string>();
    const skpd = new Set<string>();
    const years = new Set<number>();
    const basis: string[] = [];
    for (const s of sheets) {
      const h = headerOf(s);
      if (!h) continue;
      const c = (name: string) => h.col.get(name)!;
      let rows = 0;
      for (const row of s.values.slice(h.row + 1)) {
        const sub = norm(row[c("KODE SUB KEGIATAN")]);
        if (sub === "") continue;
        rows++;
        pairs.add(`${norm(row[c("KODE SKPD")])}|${sub}`);
        skpd.add(norm(row[c("NAMA SKPD")]));
        years.add(Number(row[c("TAHUN")]));
        total += sen(row[c("PAGU")]) ?? 0;
      }
      basis.push(`"${s.sheet}": ${rows} rows, sum of PAGU, KODE SKPD × KODE SUB KEGIATAN, TAHUN`);
    }
    return { subKegiatan: pairs.size, opds: skpd.size, year: years.size === 1 ? [...years][0]! : null, budget: total / 100, basis: basis.join("; ") };
  },
};
