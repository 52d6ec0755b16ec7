/**
 * Control figures of a SIPD realisation report (LRA), independent of the importer: the `Jumlah` row's
 * Anggaran and Realisasi cells (by the header words above them), the sub kegiatan and SKPD codes by
 * their shape anywhere in the sheet, the year from "TAHUN ANGGARAN …" in the title.
 */
import type { SourceSheet } from "../../src/core/sheetSnapshot";
import type { FamilyControls } from "./controls";

const text = (v: unknown) => (v === null || v === undefined ? "" : String(v).trim());
const SUB = /^\d\.\d{2}\.\d{2}\.\d\.\d{2}\.\d{4}$/;
const SKPD = /^\d\.\d{2}\.\d\.\d{2}\.\d\.\d{2}\.\d{2}\.\d{4}$/;

/** Amount in sen: a number cell, or Indonesian text "10.701.893.800,00". */
function sen(v: unknown): bigint {
  if (typeof v === "number") return BigInt(Math.round(v * 100));
  const t = text(v);
  if (t === "" || t === "-") return 0n;
  const [whole, frac = ""] = t.replace(/\./g, "").split(",");
  return BigInt(whole!) * 100n + BigInt((frac + "00").slice(0, 2));
}

function headerRows(s: SourceSheet): { top: number; bottom: number } | null {
  for (let r = 0; r < Math.min(30, s.values.length); r++) {
    const row = (s.values[r] ?? []).map(text);
    if (!row.some((t) => /^kode$/i.test(t)) || !row.some((t) => /^uraian/i.test(t))) continue;
    for (let b = r; b <= r + 3; b++) {
      const hb = (s.values[b] ?? []).map(text);
      if (hb.some((t) => /^anggaran/i.test(t)) && hb.some((t) => /^realisasi/i.test(t))) return { top: r, bottom: b };
    }
  }
  return null;
}

export const lraControls: FamilyControls = {
  family: "SIPD LRA (realisasi)",
  detect: (sheets) => sheets.some((s) => headerRows(s) !== null),
  controls(sheets) {
    let budget = 0n;
    let realised = 0n;
    const subs = new Set<string>();
    const opds = new Set<string>();
    let year: number | null = null;
    const basis: string[] = [];
    for (const s of sheets) {
      const h = headerRows(s);
      if (!h) continue;
      for (let r = 0; r < h.top; r++) {
        const m = /TAHUN ANGGARAN\s+(\d{4})/i.exec((s.values[r] ?? []).map(text).join(" "));
        if (m) year = Number(m[1]);
      }
      const hb = (s.values[h.bottom] ?? []).map(text);
      let current = "";
      for (let r = h.bottom + 1; r < s.values.length; r++) {
        const row = s.values[r] ?? [];
        const cells = row.map(text);
        if (cells.some((t) => /^jumlah$/i.test(t))) {
          hb.forEach((t, c) => {
            if (/^anggaran/i.test(t)) budget += sen(row[c]);
            if (/^realisasi/i.test(t)) realised += sen(row[c]);
          });
          basis.push(`"${s.sheet}" baris Jumlah ${r + 1}`);
          break;
        }
        // A sub kegiatan is counted per SKPD: two OPDs may run the same code.
        const skpd = cells.find((t) => SKPD.test(t));
        if (skpd) {
          opds.add(skpd);
          current = skpd;
        }
        for (const t of cells) if (SUB.test(t)) subs.add(`${current}|${t}`);
      }
    }
    const toRp = (x: bigint) => Number(x) / 100;
    return { subKegiatan: subs.size, opds: opds.size, year, budget: toRp(budget), realised: toRp(realised), basis: `${basis.join("; ")}; kode sub kegiatan dan SKPD menurut bentuknya; TAHUN ANGGARAN di judul` };
  },
};
