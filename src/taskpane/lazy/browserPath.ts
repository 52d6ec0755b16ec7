/**
 * The two `path` functions intake's file reader (src/xlsx/readSource.ts) uses, for the browser bundle
 * (webpack aliases `path` here): file names in the pane have no directories, so POSIX rules suffice.
 */
export function basename(p: string, ext?: string): string {
  const base = p.slice(p.lastIndexOf("/") + 1);
  return ext && base.endsWith(ext) && base !== ext ? base.slice(0, -ext.length) : base;
}

export function extname(p: string): string {
  const base = basename(p);
  const i = base.lastIndexOf(".");
  return i > 0 ? base.slice(i) : "";
}

export default { basename, extname };
