/**
 * LibreOffice as an independent reader of our .xlsx files: convert to PDF headless, count pages,
 * and (with poppler's pdftotext) get each page's text. Used by the xlsx and books tests.
 *
 * When soffice is missing, `requireSoffice()` tells a test to skip locally but fail on CI, where it is
 * installed (apt-get install libreoffice-calc poppler-utils).
 */
import { execFileSync, spawnSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { basename, join } from "path";

const CONVERT_TIMEOUT_MS = 120_000;

function onPath(cmd: string): string | null {
  const r = spawnSync("sh", ["-c", `command -v ${cmd}`], { encoding: "utf8" });
  const p = r.stdout.trim();
  return r.status === 0 && p ? p : null;
}

/** Path of soffice/libreoffice, or null. */
export function findSoffice(): string | null {
  return onPath("soffice") ?? onPath("libreoffice");
}

export function findPdftotext(): string | null {
  return onPath("pdftotext");
}

/**
 * Whether LibreOffice tests can run. Missing soffice: throws when CI is set (CI installs it, so its
 * absence is a broken setup), else logs why and returns false so the caller skips.
 */
export function requireSoffice(what: string): boolean {
  if (findSoffice()) return true;
  const why = `${what}: soffice/libreoffice not on PATH (install: apt-get install libreoffice-calc poppler-utils)`;
  if (process.env.CI) throw new Error(`${why}; CI must have it`);
  console.warn(`SKIPPED ${why}`);
  return false;
}

export interface PdfResult {
  readonly pdf: Buffer;
  readonly pages: number;
}

/**
 * Convert .xlsx bytes to PDF with a fresh LibreOffice profile (no lock clashes with a running or
 * parallel instance). Throws with LibreOffice's output when no PDF appears.
 */
export function xlsxToPdf(xlsx: Buffer, name = "workbook.xlsx"): PdfResult {
  const soffice = findSoffice();
  if (!soffice) throw new Error("soffice not found");
  const dir = mkdtempSync(join(tmpdir(), "smartcity-lo-"));
  try {
    const input = join(dir, basename(name));
    writeFileSync(input, xlsx);
    const profile = `file://${join(dir, "profile")}`;
    const r = spawnSync(soffice, [`-env:UserInstallation=${profile}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", dir, input], {
      encoding: "utf8",
      timeout: CONVERT_TIMEOUT_MS,
    });
    const out = join(dir, basename(name).replace(/\.[^.]+$/, "") + ".pdf");
    if (!existsSync(out)) throw new Error(`LibreOffice produced no PDF (status ${r.status}, signal ${r.signal}): ${r.stdout}\n${r.stderr}`);
    const pdf = readFileSync(out);
    return { pdf, pages: countPdfPages(pdf) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Page objects ("/Type /Page", not the "/Pages" tree nodes). Counts uncompressed object dictionaries, as LibreOffice writes them. */
export function countPdfPages(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

/** Text of each page (pdftotext splits pages with form feeds), or null when pdftotext is missing. */
export function pdfPageTexts(pdf: Buffer): string[] | null {
  const tool = findPdftotext();
  if (!tool) return null;
  const dir = mkdtempSync(join(tmpdir(), "smartcity-pdf-"));
  try {
    const input = join(dir, "in.pdf");
    writeFileSync(input, pdf);
    const text = execFileSync(tool, ["-layout", "-enc", "UTF-8", input, "-"], { encoding: "utf8", timeout: 60_000 });
    const pages = text.split("\f");
    if (pages.length > 0 && pages[pages.length - 1]!.trim() === "") pages.pop();
    return pages;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
