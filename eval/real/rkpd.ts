/**
 * RKPD sub kegiatan list per OPD sheet, control figures from the file alone: the header row with
 * "Kode" and "Sub Kegiatan", the OPD row (8-part SKPD code + name in one cell) and the 6-part codes
 * under it. The list carries no budget (null) and its title names no year unless it does.
 */
import type { CellValue } from "../../src/core/sheetDocument";
import type { SourceSheet } from "../../src/core/sheetSnapshot";
import type { ControlFigures, FamilyControls } from "./controls";

const text = (v: CellValue | undefined) => (v === null || v === undefined ? "" : String(v).trim());
const SKPD = /^([0-9X]+(?:\.[0-9X]+){7})\s+(\S.*)$/i;
const SUB = /^[0-9X]+(\.[0-9X]+){5}$/i;

function headerRow(s: SourceSheet): number {
  for (let r = 0; r < Math.min(10, s.values.length); r++) {
    const cells = (s.values[r] ?? []).map((v) => text(v).toLowerCase());
    if (cells[0] === "kode" && cells[1] === "sub kegiatan" && cells.filter((c) => c !== "").length === 2) return r;
  }
  return -1;
}

export const rkpdControls: FamilyControls = {
  family: "RKPD sub kegiatan per OPD",
  detect: (sheets) => sheets.some((s) => headerRow(s) >= 0),
  controls(sheets): ControlFigures {
    const opds = new Set<string>();
    const subs = new Set<string>();
    const years = new Set<number>();
    for (const s of sheets) {
      const h = headerRow(s);
      if (h < 0) continue;
      for (let r = 0; r < h; r++) for (const v of s.values[r] ?? []) for (const y of text(v).match(/\b20\d{2}\b/g) ?? []) years.add(Number(y));
      let opd: string | null = null;
      for (let r = h + 1; r < s.values.length; r++) {
        const code = text(s.values[r]?.[0]);
        const m = SKPD.exec(code);
        if (m) {
          // The OPD is the SKPD (unit part 0000): a sub unit's row (RSUD …01.1000) counts under its SKPD.
          opd = m[1]!.split(".").slice(0, 7).join(".");
          opds.add(opd);
        } else if (opd && SUB.test(code)) subs.add(`${opd}|${code}`);
      }
    }
    return { subKegiatan: subs.size, opds: opds.size, year: years.size === 1 ? [...years][0]! : null, budget: null, basis: "OPD rows (SKPD code + name), 6-part codes under them; no budget column" };
  },
};
