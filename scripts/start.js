/**
 * `npm start` / `npm stop`: sideload into desktop Excel with office-addin-debugging (an optional
 * dependency: it is not installed on Linux, where its keytar dependency needs libsecret). Desktop
 * Excel exists only on Windows and macOS, and office-addin-debugging itself exits 0 on Linux after
 * printing "Platform not supported", so this wrapper fails clearly and non-zero there instead.
 */
const { spawnSync } = require("child_process");

const action = process.argv[2] === "stop" ? "stop" : "start";

function explainLinux() {
  console.error(
    [
      `npm ${action}: sideloading into desktop Excel needs Windows or macOS (this is ${process.platform}).`,
      "",
      "On Linux, use Excel on the web instead (README: \"Build, sideloading and manifest validation\"):",
      "  1. npm run dev-server          serves https://localhost:3000 (trust the office-addin-dev-certs CA once)",
      "  2. open a workbook in Excel on the web, Home > Add-ins > More Settings > Upload My Add-in,",
      "     and upload manifest.xml from this folder.",
      "Without Excel: npm run build && npm run e2e runs the pane in Chromium against the Excel stand-in.",
    ].join("\n"),
  );
  process.exit(1);
}

if (process.platform !== "win32" && process.platform !== "darwin") explainLinux();

let bin;
try {
  const path = require("path");
  const pkgPath = require.resolve("office-addin-debugging/package.json");
  const pkg = require(pkgPath);
  const rel = typeof pkg.bin === "string" ? pkg.bin : pkg.bin["office-addin-debugging"];
  bin = path.join(path.dirname(pkgPath), rel);
} catch {
  console.error(`npm ${action}: office-addin-debugging is not installed. Run: npm install --no-save office-addin-debugging`);
  process.exit(1);
}
const r = spawnSync(process.execPath, [bin, action, "manifest.xml", ...process.argv.slice(3)], { stdio: "inherit" });
process.exit(r.status ?? 1);
