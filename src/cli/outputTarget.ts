/**
 * Before any command writes a file: is the target ours to write? Never an input file (also through a
 * symlink or hard link), never a file of another kind (a workbook where a CSV goes), never a device or
 * folder, never an existing file we did not make unless --force; and the folder must exist and be
 * writable. Each refusal is one line naming the path (exit 2) and leaves the file untouched.
 */
import { promises as fs, constants as fsc, type Stats } from "fs";
import { basename, dirname, extname, resolve } from "path";
import { UserError } from "./userError";
import { fileSystemMessage } from "./fileSystemError";

export type OutputKind = "xlsx" | "csv";

/** Most file systems refuse a name over 255 bytes; our temporary names stay far below. */
export const MAX_FILE_NAME_BYTES = 255;

export interface OutputTarget {
  /** The path as the user gave it (for messages). */
  readonly path: string;
  readonly kind: OutputKind;
  /** Input files of this run: never written. */
  readonly inputs?: readonly string[];
  /** The option that named it, for messages ("--out"). */
  readonly option?: string;
  readonly force?: boolean;
  /** True when an existing file at the target was made by us (so replacing it loses nothing of the user's). */
  readonly isOurs?: (path: string) => Promise<boolean>;
}

/** What is at the target now: nothing, or a file of ours / the user's (the latter only with --force). */
export type TargetState = "new" | "ours" | "forced";

const ZIP = [0x50, 0x4b];
const CFB = [0xd0, 0xcf, 0x11, 0xe0];

async function head(path: string, n: number): Promise<Buffer> {
  const h = await fs.open(path, "r");
  try {
    const buf = Buffer.alloc(n);
    const { bytesRead } = await h.read(buf, 0, n, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await h.close();
  }
}

const startsWith = (b: Buffer, sig: readonly number[]) => sig.every((x, i) => b[i] === x);

/** The kind of an existing file by its first bytes (not its name): a workbook package or text. */
export async function contentKind(path: string): Promise<"zip" | "cfb" | "text" | "binary" | "empty"> {
  const b = await head(path, 4096);
  if (b.length === 0) return "empty";
  if (startsWith(b, ZIP)) return "zip";
  if (startsWith(b, CFB)) return "cfb";
  return b.includes(0) ? "binary" : "text";
}

async function statOrNull(path: string, follow: boolean): Promise<Stats | null> {
  try {
    return follow ? await fs.stat(path) : await fs.lstat(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return null;
    // A dangling link (ELOOP etc.) or a bad path part: report as the file system says.
    throw new UserError(fileSystemMessage(e, path, "memeriksa"));
  }
}

/** Same file on disk (same device and inode), whichever name or link reaches it. */
export function sameFile(a: Stats, b: Stats): boolean {
  return a.dev === b.dev && a.ino === b.ino;
}

/** Check `t` and say what is there; throws a UserError (exit 2) when the target must not be written. */
export async function checkOutputTarget(t: OutputTarget): Promise<TargetState> {
  const opt = t.option ?? "--out";
  const ext = `.${t.kind}`;
  if (extname(t.path).toLowerCase() !== ext)
    throw new UserError(`${opt} ${t.path}: harus file ${ext} (output must be a ${ext} file)`);
  if (Buffer.byteLength(basename(t.path), "utf8") > MAX_FILE_NAME_BYTES)
    throw new UserError(`${opt} ${t.path.slice(0, 80)}…: nama file lebih dari ${MAX_FILE_NAME_BYTES} byte — pendekkan (file name too long)`);

  const dir = dirname(resolve(t.path));
  const dirStat = await statOrNull(dir, true);
  if (!dirStat) throw new UserError(`${opt} ${t.path}: folder ${dir} tidak ada — buat dulu foldernya (output folder does not exist)`);
  if (!dirStat.isDirectory()) throw new UserError(`${opt} ${t.path}: ${dir} bukan folder (not a directory)`);
  try {
    await fs.access(dir, fsc.W_OK);
  } catch (e) {
    throw new UserError(fileSystemMessage(e, dir, "menulis ke folder"));
  }

  const link = await statOrNull(t.path, false);
  const target = link ? await statOrNull(t.path, true) : null;
  if (!link) return "new";
  for (const input of t.inputs ?? []) {
    const s = await statOrNull(input, true);
    if (s && target && sameFile(s, target))
      throw new UserError(`${opt} ${t.path} adalah file masukan ${input}${link.isSymbolicLink() ? " (lewat tautan)" : ""}; file masukan tidak pernah ditulis — pilih ${opt} lain (output is an input file)`);
  }
  if (link.isSymbolicLink() && !target) return "new"; // a dangling link: the rename replaces the link itself
  if (target!.isDirectory()) throw new UserError(`${opt} ${t.path} adalah folder, bukan file (is a directory)`);
  if (!target!.isFile()) throw new UserError(`${opt} ${t.path} bukan file biasa (perangkat atau pipa); tidak ditulis (not a regular file)`);

  const kind = await contentKind(t.path);
  const expected = t.kind === "xlsx" ? "zip" : "text";
  if (kind !== "empty" && kind !== expected) {
    const what = kind === "zip" || kind === "cfb" ? "workbook (xlsx/xls)" : kind === "text" ? "teks/CSV" : "file biner";
    throw new UserError(`${opt} ${t.path} sudah ada dan berisi ${what}, bukan ${ext}; file itu tidak diubah — pilih ${opt} lain (existing file is of another kind)`);
  }
  if (kind !== "empty" && t.isOurs && (await t.isOurs(t.path))) return "ours";
  if (kind === "empty") return "ours"; // nothing in it to lose
  if (t.force) return "forced";
  throw new UserError(`${opt} ${t.path} sudah ada dan bukan buatan smartcity; file itu tidak diubah — pilih ${opt} lain atau tambahkan --force untuk menggantinya (existing file is not ours)`);
}

/** True when `path` is the same file as one of `inputs` (through any link). */
export async function isInputFile(path: string, inputs: readonly string[]): Promise<boolean> {
  const a = await statOrNull(path, true);
  if (!a) return false;
  for (const i of inputs) {
    const b = await statOrNull(i, true);
    if (b && sameFile(a, b)) return true;
  }
  return false;
}
