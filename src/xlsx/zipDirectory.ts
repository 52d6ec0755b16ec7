/**
 * The table of contents of a zip package (xlsx, ods) read without inflating anything: each part's name,
 * sizes and where its data starts. Lets us refuse a zip bomb or a corrupt package before a library tries
 * to expand it. Browser-safe (no Node modules).
 */
import { INPUT_LIMITS } from "../core/inputLimits";

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

/** Why a package cannot be read, in words for the user (without the file name; the caller adds it). */
export class PackageProblem extends Error {
  constructor(
    readonly kind: "corrupt" | "too-big" | "bomb",
    message: string,
  ) {
    super(message);
    this.name = "PackageProblem";
  }
}

const EOCD = 0x06054b50;
const CEN = 0x02014b50;
const LOC = 0x04034b50;

/** Every entry of the central directory; throws PackageProblem("corrupt") when there is none to read. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record sits in the last 22 + 65 535 (comment) bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new PackageProblem("corrupt", "paket rusak atau terpotong: daftar isi zip tidak ditemukan (corrupt or truncated package)");
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder("utf-8");
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CEN)
      throw new PackageProblem("corrupt", "paket rusak: daftar isi zip tidak utuh (corrupt package directory)");
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    entries.push({
      name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen)),
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      uncompressedSize: view.getUint32(p + 24, true),
      localHeaderOffset: view.getUint32(p + 42, true),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Refuse a package whose declared sizes are beyond INPUT_LIMITS (nothing inflated yet). */
export function checkDeclaredSizes(entries: readonly ZipEntry[]): void {
  const L = INPUT_LIMITS;
  let total = 0;
  for (const e of entries) {
    // 0xFFFFFFFF means ZIP64: a part of 4 GB or more, far beyond any workbook we take.
    if (e.uncompressedSize === 0xffffffff || e.uncompressedSize > L.maxPartBytes)
      throw new PackageProblem("too-big", `bagian ${e.name} terlalu besar setelah diekstrak (${mb(e.uncompressedSize)}; batas ${mb(L.maxPartBytes)}) (part too large)`);
    if (e.compressedSize > 0 && e.uncompressedSize / e.compressedSize > L.maxCompressionRatio && e.uncompressedSize > 1024 * 1024)
      throw new PackageProblem("bomb", `bagian ${e.name} memuai ${Math.round(e.uncompressedSize / e.compressedSize)}× saat diekstrak — bukan workbook biasa (zip bomb)`);
    total += e.uncompressedSize;
  }
  if (total > L.maxPackageBytes)
    throw new PackageProblem("too-big", `isi paket ${mb(total)} setelah diekstrak; batas ${mb(L.maxPackageBytes)} — pecah file menjadi beberapa workbook (package too large)`);
}

/** The stored (still compressed) bytes of one entry. */
export function entryData(bytes: Uint8Array, e: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = e.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOC) throw new PackageProblem("corrupt", `paket rusak: bagian ${e.name} tidak ditemukan (corrupt package)`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + e.compressedSize > bytes.length) throw new PackageProblem("corrupt", `paket terpotong: bagian ${e.name} tidak utuh (truncated package)`);
  return bytes.subarray(start, start + e.compressedSize);
}

export function mb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toLocaleString("id-ID", { maximumFractionDigits: 1 })} MB`;
}
