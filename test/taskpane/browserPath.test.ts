/** The pane's browser stand-in for `path` names CSV sheets exactly as Node does in the CLI. */
import { posix } from "node:path";
import { basename, extname } from "../../src/taskpane/lazy/browserPath";

test.each(["Export SIPD DLH 2025.csv", "Renstra Dinkes 2025-2029.xlsx", "tanpa-ekstensi", ".csv", "a.b.c.csv"])("%s", (name) => {
  expect(extname(name)).toBe(posix.extname(name));
  expect(basename(name, extname(name))).toBe(posix.basename(name, posix.extname(name)));
  expect(basename(name)).toBe(posix.basename(name));
});
