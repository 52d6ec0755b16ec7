/**
 * File-system failures (a missing or read-only folder, a full disk, a name too long) are about where the
 * user pointed us, not our bugs: one line naming the path, Indonesian then English, exit 2.
 */
import { UserError } from "./userError";

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: "tidak ada — periksa nama file dan foldernya (no such file or folder)",
  EACCES: "tidak boleh diakses — periksa hak akses (permission denied)",
  EPERM: "tidak boleh diakses — periksa hak akses (operation not permitted)",
  EROFS: "berada di media hanya-baca (read-only file system)",
  ENOSPC: "disk penuh; file lama tidak diubah (no space left on device)",
  EDQUOT: "kuota disk habis; file lama tidak diubah (disk quota exceeded)",
  EFBIG: "terlalu besar untuk disk ini (file too large)",
  ENAMETOOLONG: "nama file atau folder terlalu panjang — pendekkan (file name too long)",
  EISDIR: "adalah folder, bukan file (is a directory)",
  ENOTDIR: "salah satu bagian jalurnya bukan folder (not a directory)",
  EEXIST: "sudah ada (already exists)",
  ELOOP: "tautan (symlink) berputar tanpa ujung (too many symbolic links)",
  EBUSY: "sedang dipakai program lain — tutup dulu (resource busy)",
  ETXTBSY: "sedang dipakai program lain — tutup dulu (file busy)",
  EIO: "galat baca/tulis perangkat (input/output error)",
  EXDEV: "berada di perangkat lain (cross-device link)",
};

/** The errno code of a Node file-system error we can explain, else null. */
export function fileSystemCode(e: unknown): string | null {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  return typeof code === "string" && code in REASONS ? code : null;
}

/** One line for a file-system failure on `path` while doing `action` (Indonesian, e.g. "menulis"). */
export function fileSystemMessage(e: unknown, path: string, action: string): string {
  const code = fileSystemCode(e) ?? (e as NodeJS.ErrnoException).code ?? "?";
  return `${path}: gagal ${action} — ${REASONS[code] ?? `galat sistem berkas ${code} (file system error)`}`;
}

/** A file-system failure as a UserError (exit 2); anything else is returned unchanged. */
export function asFileSystemUserError(e: unknown, path: string | undefined, action: string): unknown {
  if (!fileSystemCode(e)) return e;
  const where = path ?? (e as NodeJS.ErrnoException).path ?? "?";
  return new UserError(fileSystemMessage(e, where, action));
}
