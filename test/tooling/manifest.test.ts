/**
 * `npm run validate` accepts our manifest.xml and rejects the mistakes that make Office refuse or
 * silently break an add-in: each broken manifest is our real one with one thing changed in memory.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkManifest, associatedActions, pngSize, type ManifestCheckOptions } from "../../scripts/manifestRules";
import { iconSizeFromRepo, validateManifestFile } from "../../scripts/validate-manifest";

const repo = join(__dirname, "..", "..");
const manifest = readFileSync(join(repo, "manifest.xml"), "utf8");
const options: ManifestCheckOptions = {
  iconSize: iconSizeFromRepo,
  commandFunctions: associatedActions(readFileSync(join(repo, "src/commands/commands.ts"), "utf8")),
};

function problemsAfter(edit: (xml: string) => string) {
  const broken = edit(manifest);
  expect(broken).not.toBe(manifest); // the mutation really happened
  return checkManifest(broken, options);
}

describe("manifest.xml", () => {
  it("passes every offline check", () => {
    expect(validateManifestFile(join(repo, "manifest.xml"))).toEqual([]);
  });

  it("is Excel-only, with the SMARTCITY namespace, id-ID default locale and en-US strings", () => {
    expect(manifest).toMatch(/<Hosts>\s*<Host Name="Workbook"\/>\s*<\/Hosts>/);
    expect(manifest).toMatch(/id="Functions.Namespace" DefaultValue="SMARTCITY"/);
    expect(manifest).toMatch(/<DefaultLocale>id-ID<\/DefaultLocale>/);
    expect(manifest).toMatch(/Override Locale="en-US"/);
  });

  it("icons are committed at 16, 32, 64 and 80 px", () => {
    for (const size of [16, 32, 64, 80]) expect(pngSize(readFileSync(join(repo, `assets/icon-${size}.png`)))).toEqual({ width: size, height: size });
  });
});

describe("a broken manifest fails validation", () => {
  const rulesOf = (edit: (xml: string) => string) => problemsAfter(edit).map((p) => p.rule);

  it("a resid that points at no resource", () => {
    const p = problemsAfter((x) => x.replace('<Label resid="Tab.Label"/>', '<Label resid="Tab.Missing"/>'));
    expect(p).toContainEqual(expect.objectContaining({ rule: "resid", message: expect.stringContaining("Tab.Missing") }));
  });

  it("an http URL", () => {
    const p = problemsAfter((x) => x.replace('DefaultValue="https://localhost:3000/functions.js"', 'DefaultValue="http://localhost:3000/functions.js"'));
    expect(p).toContainEqual(expect.objectContaining({ rule: "url", message: expect.stringContaining("not https") }));
  });

  it("a URL outside the add-in's origin", () => {
    expect(rulesOf((x) => x.replace("https://localhost:3000/functions.json", "https://cdn.example.com/functions.json"))).toContain("url");
  });

  it("an icon whose file has the wrong pixel size", () => {
    const p = problemsAfter((x) => x.replace('id="Icon.16x16" DefaultValue="https://localhost:3000/assets/icon-16.png"', 'id="Icon.16x16" DefaultValue="https://localhost:3000/assets/icon-32.png"'));
    expect(p).toContainEqual(expect.objectContaining({ rule: "icon", message: expect.stringContaining("32×32 px, expected 16×16") }));
  });

  it("an icon file that does not exist", () => {
    expect(rulesOf((x) => x.replace("assets/icon-80.png", "assets/icon-81.png"))).toContain("icon");
  });

  it("two long-lived runtimes", () => {
    const p = problemsAfter((x) => x.replace('<Runtime resid="Taskpane.Url" lifetime="long"/>', '<Runtime resid="Taskpane.Url" lifetime="long"/><Runtime resid="Functions.Script.Url" lifetime="long"/>'));
    expect(p).toContainEqual(expect.objectContaining({ rule: "shared-runtime", message: expect.stringContaining("found 2") }));
  });

  it("a function file that does not use the shared runtime", () => {
    expect(rulesOf((x) => x.replace('<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="Functions.Script.Url"/>'))).toContain("shared-runtime");
  });

  it("a missing SharedRuntime requirement", () => {
    expect(rulesOf((x) => x.replace('<Set Name="SharedRuntime" MinVersion="1.1"/>', ""))).toContain("shared-runtime");
  });

  it("an Id that is not a GUID", () => {
    expect(rulesOf((x) => x.replace(/<Id>[^<]+<\/Id>/, "<Id>masterplan-smart-city</Id>"))).toContain("id");
  });

  it("a version with letters", () => {
    expect(rulesOf((x) => x.replace("<Version>0.1.0.0</Version>", "<Version>0.1-beta</Version>"))).toContain("version");
  });

  it("top-level elements out of schema order", () => {
    const p = problemsAfter((x) => {
      const perms = "<Permissions>ReadWriteDocument</Permissions>";
      return x.replace(perms, "").replace("<Hosts>\n    <Host Name", `${perms}\n  <Hosts>\n    <Host Name`);
    });
    expect(p).toContainEqual(expect.objectContaining({ rule: "element-order", message: expect.stringContaining("<Hosts> must come before <Permissions>") }));
  });

  it("Runtimes not first in the Host", () => {
    const p = problemsAfter((x) => x.replace(/(<Runtimes>[\s\S]*?<\/Runtimes>)\s*(<AllFormFactors>[\s\S]*?<\/AllFormFactors>)/, "$2$1"));
    expect(p.map((q) => q.rule)).toContain("element-order");
  });

  it("a ShortString over 125 characters", () => {
    expect(rulesOf((x) => x.replace('DefaultValue="Buka Panel"', `DefaultValue="${"x".repeat(126)}"`))).toContain("length");
  });

  it("an AppDomain we do not need", () => {
    expect(rulesOf((x) => x.replace("  <Hosts>\n    <Host Name", "  <AppDomains><AppDomain>https://example.com</AppDomain></AppDomains>\n  <Hosts>\n    <Host Name"))).toContain("app-domains");
  });

  it("a ribbon button naming a function the commands do not associate", () => {
    expect(rulesOf((x) => x.replace("<FunctionName>regenerateBooks</FunctionName>", "<FunctionName>regenerateAll</FunctionName>"))).toContain("commands");
  });

  it("XML that is not well-formed", () => {
    expect(rulesOf((x) => x.replace("</Permissions>", "</Permission>"))).toEqual(["well-formed"]);
  });
});
