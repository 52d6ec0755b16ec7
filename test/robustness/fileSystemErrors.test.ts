/** File-system failures are the user's to fix: one line naming the path, Indonesian then English, exit 2. */
import { fileSystemMessage, asFileSystemUserError } from "../../src/cli/fileSystemError";
import { isUserError } from "../../src/cli/userError";

const err = (code: string) => Object.assign(new Error(`${code}: failure`), { code });

test.each([
  ["EACCES", /hak akses.*\(permission denied\)/],
  ["EROFS", /hanya-baca \(read-only file system\)/],
  ["ENOSPC", /disk penuh.*\(no space left on device\)/],
  ["ENAMETOOLONG", /terlalu panjang.*\(file name too long\)/],
  ["ENOENT", /tidak ada.*\(no such file or folder\)/],
])("%s names the path and says why in both languages", (code, why) => {
  const m = fileSystemMessage(err(code), "/data/hasil.xlsx", "menulis");
  expect(m).toMatch(/^\/data\/hasil\.xlsx: gagal menulis — /);
  expect(m).toMatch(why);
  expect(m).not.toMatch(/\n/);
  const e = asFileSystemUserError(err(code), "/data/hasil.xlsx", "menulis");
  expect(isUserError(e)).toBe(true);
});

test("anything else stays what it was (our bug, exit 1)", () => {
  const bug = new TypeError("x is undefined");
  expect(asFileSystemUserError(bug, "/a", "menulis")).toBe(bug);
});
