/**
 * Node only: a package's parts compressed with Node's own zlib into one .zip. JSZip deflates with pako
 * (JavaScript), which at 50 MB of sheet XML was a quarter of a 20 000-row build; zlib does the same
 * DEFLATE (level 6) several times faster. The container is plain PKZIP: local headers, data, central
 * directory; no ZIP64, so every part and the whole file stay under 4 GB (an .xlsx is far smaller).
 *
 * A big sheet's cells arrive in chunks and are compressed chunk by chunk as they are made (`Segment`):
 * each chunk is its own raw-DEFLATE run ended by a sync flush (byte-aligned, not final), so the runs
 * simply follow one another in the entry and only the last one is final; the entry's CRC-32 is combined
 * from the chunks' CRCs. The raw XML of a 100 000-row sheet is thus never held whole.
 */
import { constants, crc32 as nodeCrc32, deflateRawSync } from "zlib";
import type JSZip from "jszip";
import type { SheetPart } from "./sheetXml";

/** One compressed run of an entry: its deflated bytes, and the CRC-32 and length of what it holds. */
export interface Segment {
  readonly packed: Uint8Array;
  readonly crc: number;
  readonly size: number;
}

export interface ZipPart {
  readonly name: string;
  readonly segments: readonly Segment[];
}

/** A non-final DEFLATE run of `data` (the Node save's `encode` for sheet cells). */
export function segment(data: Uint8Array, final = false): Segment {
  return { packed: deflateRawSync(data, { level: 6, finishFlush: final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH }), crc: crc32(data), size: data.length };
}

let table: Uint32Array | null = null;
/** zlib.crc32 where Node has it (20.15+), else the table-driven CRC-32 of PKZIP. */
function crc32(data: Uint8Array): number {
  if (typeof nodeCrc32 === "function") return nodeCrc32(data) >>> 0;
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

// CRC-32 of a concatenation from the parts' CRCs (zlib's crc32_combine: GF(2) matrix powers).
function gf2Times(mat: Uint32Array, vec: number): number {
  let sum = 0;
  for (let i = 0; vec !== 0; i++, vec >>>= 1) if (vec & 1) sum ^= mat[i]!;
  return sum >>> 0;
}
function gf2Square(square: Uint32Array, mat: Uint32Array): void {
  for (let n = 0; n < 32; n++) square[n] = gf2Times(mat, mat[n]!);
}
export function crc32Combine(crc1: number, crc2: number, len2: number): number {
  if (len2 <= 0) return crc1 >>> 0;
  const even = new Uint32Array(32);
  const odd = new Uint32Array(32);
  odd[0] = 0xedb88320;
  for (let n = 1, row = 1; n < 32; n++, row = (row << 1) >>> 0) odd[n] = row;
  gf2Square(even, odd); // 2 zero bits
  gf2Square(odd, even); // 4 zero bits
  let len = len2;
  let crc = crc1 >>> 0;
  for (;;) {
    gf2Square(even, odd);
    if (len % 2) crc = gf2Times(even, crc);
    len = Math.floor(len / 2);
    if (len === 0) break;
    gf2Square(odd, even);
    if (len % 2) crc = gf2Times(odd, crc);
    len = Math.floor(len / 2);
    if (len === 0) break;
  }
  return (crc ^ crc2) >>> 0;
}

/** MS-DOS date and time of `d` (local time, 2-second resolution), as zip headers carry them. */
function dosDateTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
    date: (Math.max(0, d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

export function zipParts(parts: readonly ZipPart[], when = new Date()): Buffer {
  const { time, date } = dosDateTime(when);
  const out: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, "utf8");
    let crc = 0;
    let size = 0;
    let packedLength = 0;
    for (const g of part.segments) {
      crc = crc32Combine(crc, g.crc, g.size);
      size += g.size;
      packedLength += g.packed.length;
    }
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packedLength, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4); // made by: 2.0, MS-DOS attributes
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt16LE(time, 12);
    entry.writeUInt16LE(date, 14);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(packedLength, 20);
    entry.writeUInt32LE(size, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42); // extra, comment, disk, attributes: 0
    central.push(entry, name);
    out.push(local, name, ...part.segments.map((g) => Buffer.from(g.packed.buffer, g.packed.byteOffset, g.packed.byteLength)));
    offset += local.length + name.length + packedLength;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...out, directory, end]);
}

/**
 * A package assembled in JSZip (see ooxmlPackage.ts) plus the big sheets' parts whose cells are already
 * compressed (`segment`), as one .zip.
 */
export async function zipToBuffer(zip: JSZip, cells: ReadonlyMap<string, SheetPart<Segment>> = new Map()): Promise<Buffer> {
  const encoder = new TextEncoder();
  const parts: ZipPart[] = [];
  for (const file of Object.values(zip.files)) {
    if (file.dir) continue;
    const part = cells.get(file.name);
    const segments = part
      ? [segment(encoder.encode(part.head)), ...part.body, segment(encoder.encode(part.tail), true)]
      : [segment(await file.async("uint8array"), true)];
    parts.push({ name: file.name, segments });
  }
  return zipParts(parts);
}
