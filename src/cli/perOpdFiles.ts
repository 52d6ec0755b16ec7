/**
 * File names for one workbook per OPD: always distinct (two OPD names that clean to the same name, or
 * differ only in case, get " (2)", " (3)"), and short enough for every file system (255 bytes, with room
 * to spare), whatever the OPD is called.
 */

/** Bytes a generated file name may take (file systems allow 255; we keep a margin). */
export const MAX_GENERATED_NAME_BYTES = 200;

/** `stem` cut to at most `maxBytes` UTF-8 bytes, never in the middle of a character. */
export function cutToBytes(stem: string, maxBytes: number): string {
  if (Buffer.byteLength(stem, "utf8") <= maxBytes) return stem;
  let out = "";
  let bytes = 0;
  for (const ch of stem) {
    const b = Buffer.byteLength(ch, "utf8");
    if (bytes + b > maxBytes) break;
    out += ch;
    bytes += b;
  }
  return out.trimEnd();
}

/** Distinct, bounded file names for `names` (each "stem.ext"), in the same order. */
export function distinctFileNames(names: readonly string[], maxBytes = MAX_GENERATED_NAME_BYTES): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const dot = name.lastIndexOf(".");
    const ext = dot > 0 ? name.slice(dot) : "";
    const stem = dot > 0 ? name.slice(0, dot) : name;
    for (let n = 1; ; n++) {
      const suffix = n === 1 ? "" : ` (${n})`;
      const candidate = cutToBytes(stem, maxBytes - Buffer.byteLength(suffix + ext, "utf8")) + suffix + ext;
      // Windows and macOS compare names without case; NFC so "é" typed two ways is one name.
      const key = candidate.normalize("NFC").toLowerCase();
      if (!taken.has(key)) {
        taken.add(key);
        return candidate;
      }
    }
  });
}
