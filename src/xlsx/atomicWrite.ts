/**
 * The one way the project writes a file on disk: bytes go to a temporary file in the target's own folder
 * (same file system, so the rename is atomic), are flushed to disk, then renamed over the target. A kill
 * at any moment leaves either the old file whole or the new one whole; the temporary file is removed on
 * every failure path we live through (and on exit/SIGINT/SIGTERM), never left next to the output.
 */
import { closeSync, fsyncSync, openSync, promises as fs, unlinkSync } from "fs";
import { dirname, join } from "path";
import { randomBytes } from "crypto";

/** Temporary files being written right now: removed if the process is asked to stop. */
const pending = new Set<string>();
let hooked = false;

function removePendingSync(): void {
  for (const p of pending) {
    try {
      unlinkSync(p);
    } catch {
      // already gone
    }
  }
  pending.clear();
}

function hookExit(): void {
  if (hooked) return;
  hooked = true;
  process.once("exit", removePendingSync);
  for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    // Only when nobody else handles the signal: then we clean up and die by it as Node would have.
    if (process.listenerCount(sig) > 0) continue;
    process.once(sig, () => {
      removePendingSync();
      process.kill(process.pid, sig);
    });
  }
}

/**
 * A short temporary name in the target's folder: it never grows with the target's name, so a name near
 * the file system's 255-byte limit cannot overflow just because of our suffix.
 */
export function temporaryPathFor(target: string): string {
  return join(dirname(target), `.smartcity-${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
}

const OUR_TEMP = /^\.smartcity-(\d+)-[0-9a-f]{8}\.tmp$/;

/** Temporary files a killed run (SIGKILL, power cut) left in `dir`: removed when their process is gone. */
export async function removeStaleTemps(dir: string): Promise<void> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = OUR_TEMP.exec(name)?.[1];
    if (!pid || Number(pid) === process.pid) continue;
    try {
      process.kill(Number(pid), 0);
      continue; // still running: its file
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "ESRCH") continue;
    }
    await fs.unlink(join(dir, name)).catch(() => undefined);
  }
}

/** Write `data` to `target` atomically (see the module comment). Errors are the file system's, unchanged. */
export async function writeFileAtomic(target: string, data: Uint8Array | string): Promise<void> {
  hookExit();
  await removeStaleTemps(dirname(target));
  const tmp = temporaryPathFor(target);
  pending.add(tmp);
  let handle: fs.FileHandle | null = null;
  try {
    handle = await fs.open(tmp, "wx", 0o644);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = null;
    await fs.rename(tmp, target);
    pending.delete(tmp);
    syncFolder(dirname(target));
  } catch (e) {
    if (handle) await handle.close().catch(() => undefined);
    await fs.unlink(tmp).catch(() => undefined);
    pending.delete(tmp);
    throw e;
  }
}

/** Make the rename itself durable; some file systems refuse to open a folder, which is fine. */
function syncFolder(dir: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(dir, "r");
    fsyncSync(fd);
  } catch {
    // not supported here (e.g. Windows): the rename is still atomic, only not yet flushed
  } finally {
    if (fd !== null) closeSync(fd);
  }
}
