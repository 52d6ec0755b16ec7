/**
 * Offline checks of manifest.xml (shared notes §4.3). The online validation service is unreachable
 * here and no package ships the XSDs, so this encodes the schema facts we rely on (element order,
 * GUID and version patterns, string and URL lengths, resid resolution), the shared-runtime rules
 * Office imposes, and our own (https under our origin, icons at their pixel size, no AppDomains).
 * Pure: the caller supplies the XML text and a way to measure icon files.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";

export interface ManifestProblem {
  readonly rule: string;
  readonly message: string;
}

export interface ManifestCheckOptions {
  /** Pixel size of the icon a URL points at, or null when the file does not exist. */
  readonly iconSize: (url: string) => { width: number; height: number } | null;
  /** AppDomains we actually need (default none). */
  readonly allowedAppDomains?: readonly string[];
  /** Function names the commands bundle associates; every ExecuteFunction must name one of them. */
  readonly commandFunctions?: readonly string[];
}

/** Schema sequence of OfficeApp's children (TaskPaneApp), from OfficeAppManifestV1_1.xsd. */
export const OFFICE_APP_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "Dependencies",
  "AllowSnapshot",
  "VersionOverrides",
  "ExtendedOverrides",
] as const;
const REQUIRED_TOP = ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "DefaultSettings", "Permissions"];

export const LIMITS = { shortString: 125, longString: 250, url: 2048 } as const;
const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const VERSION = /^\d{1,5}(\.\d{1,5}){0,3}$/;

/** An element with its children in document order (namespace prefixes dropped). */
export interface XmlNode {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
  readonly text: string;
}

type Ordered = Record<string, unknown>;

function localName(tag: string): string {
  const i = tag.indexOf(":");
  return i >= 0 ? tag.slice(i + 1) : tag;
}

function toNode(entry: Ordered): XmlNode | null {
  const tag = Object.keys(entry).find((k) => k !== ":@");
  if (!tag || tag === "#text" || tag === "?xml" || tag === "#comment") return null;
  const rawAttrs = (entry[":@"] ?? {}) as Record<string, unknown>;
  const attrs: Record<string, string> = {};
  for (const [k, v] of Object.entries(rawAttrs)) attrs[localName(k.replace(/^@_/, ""))] = String(v);
  const kids = (entry[tag] ?? []) as Ordered[];
  const children: XmlNode[] = [];
  let text = "";
  for (const k of kids) {
    if ("#text" in k) text += String(k["#text"]);
    const n = toNode(k);
    if (n) children.push(n);
  }
  return { name: localName(tag), attrs, children, text: text.trim() };
}

export function parseManifest(xml: string): XmlNode {
  const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: "@_", commentPropName: "#comment", parseTagValue: false, parseAttributeValue: false, trimValues: true });
  const doc = parser.parse(xml) as Ordered[];
  for (const e of doc) {
    const n = toNode(e);
    if (n) return n;
  }
  throw new Error("no root element");
}

function* walk(n: XmlNode, path: string[] = []): Generator<{ node: XmlNode; path: string[] }> {
  yield { node: n, path };
  for (const c of n.children) yield* walk(c, [...path, n.name]);
}

const child = (n: XmlNode | undefined, name: string) => n?.children.find((c) => c.name === name);
const childrenNamed = (n: XmlNode | undefined, name: string) => n?.children.filter((c) => c.name === name) ?? [];

/** Elements whose DefaultValue is a URL. */
const URL_ELEMENTS = new Set(["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation", "Url", "Image"]);

export function checkManifest(xml: string, opts: ManifestCheckOptions): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  const fail = (rule: string, message: string) => problems.push({ rule, message });

  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) {
    fail("well-formed", `XML error at line ${wellFormed.err.line}: ${wellFormed.err.msg}`);
    return problems;
  }
  const root = parseManifest(xml);
  if (root.name !== "OfficeApp") fail("root", `root element is <${root.name}>, expected <OfficeApp>`);
  if (root.attrs["type"] !== "TaskPaneApp") fail("root", `OfficeApp xsi:type is "${root.attrs["type"] ?? ""}", expected "TaskPaneApp"`);

  // Element order of the OfficeApp sequence.
  let last = -1;
  for (const c of root.children) {
    const i = (OFFICE_APP_ORDER as readonly string[]).indexOf(c.name);
    if (i < 0) fail("element-order", `<${c.name}> is not allowed directly under <OfficeApp>`);
    else if (i < last) fail("element-order", `<${c.name}> must come before <${OFFICE_APP_ORDER[last]}> (schema order: ${OFFICE_APP_ORDER.join(", ")})`);
    else last = i;
  }
  for (const r of REQUIRED_TOP) if (!child(root, r)) fail("required", `<${r}> is missing`);

  const id = child(root, "Id")?.text ?? "";
  if (!GUID.test(id)) fail("id", `<Id> "${id}" is not a GUID`);
  const version = child(root, "Version")?.text ?? "";
  if (!VERSION.test(version)) fail("version", `<Version> "${version}" does not match n[.n[.n[.n]]] (up to 5 digits each)`);

  // Lengths of strings and URLs.
  const checkLen = (what: string, value: string | undefined, max: number, kind: string) => {
    if (value === undefined) return;
    if (value.length === 0) fail("length", `${what} is empty`);
    else if (value.length > max) fail("length", `${what} has ${value.length} characters; a ${kind} allows at most ${max}`);
  };
  const valuesOf = (n: XmlNode) => [n.attrs["DefaultValue"], ...n.children.filter((c) => c.name === "Override").map((o) => o.attrs["Value"])];
  for (const name of ["DisplayName", "ProviderName"]) {
    const n = child(root, name);
    if (n) for (const v of name === "ProviderName" ? [n.text] : valuesOf(n)) checkLen(`<${name}>`, v, LIMITS.shortString, "ShortString");
  }
  const desc = child(root, "Description");
  if (desc) for (const v of valuesOf(desc)) checkLen("<Description>", v, LIMITS.longString, "LongString");

  // Resources and resid resolution.
  const vo = child(root, "VersionOverrides");
  const resources = child(vo, "Resources");
  const ids = new Map<string, "Image" | "Url" | "ShortString" | "LongString">();
  const resourceUrls: { id: string; url: string; kind: "Image" | "Url" }[] = [];
  for (const [group, kind] of [["Images", "Image"], ["Urls", "Url"], ["ShortStrings", "ShortString"], ["LongStrings", "LongString"]] as const) {
    for (const s of child(resources, group)?.children ?? []) {
      const rid = s.attrs["id"] ?? "";
      if (!rid) fail("resid", `a <bt:${s.name}> in <bt:${group}> has no id`);
      else if (ids.has(rid)) fail("resid", `resource id "${rid}" is defined twice`);
      ids.set(rid, kind);
      if (rid.length > 32) fail("length", `resource id "${rid}" is longer than 32 characters`);
      for (const v of valuesOf(s)) {
        if (kind === "ShortString") checkLen(`string "${rid}"`, v, LIMITS.shortString, "ShortString");
        else if (kind === "LongString") checkLen(`string "${rid}"`, v, LIMITS.longString, "LongString");
        else {
          checkLen(`URL "${rid}"`, v, LIMITS.url, "URL");
          if (v !== undefined) resourceUrls.push({ id: rid, url: v, kind });
        }
      }
    }
  }
  const expectKind: Record<string, "Image" | "Url" | "ShortString" | "LongString"> = { Image: "Image", SourceLocation: "Url", FunctionFile: "Url", Runtime: "Url", LearnMoreUrl: "Url", Label: "ShortString", Title: "ShortString", Namespace: "ShortString" };
  for (const { node } of walk(root)) {
    const rid = node.attrs["resid"];
    if (rid === undefined) continue;
    const kind = ids.get(rid);
    if (!kind) fail("resid", `<${node.name} resid="${rid}"> does not resolve to any resource`);
    else if (expectKind[node.name] && expectKind[node.name] !== kind) fail("resid", `<${node.name} resid="${rid}"> points at a ${kind}, expected a ${expectKind[node.name]}`);
  }

  // Shared runtime: Runtimes first in each Host, exactly one long-lived runtime used by every surface.
  const hosts = childrenNamed(child(vo, "Hosts"), "Host");
  if (vo && hosts.length === 0) fail("shared-runtime", "<VersionOverrides> has no <Host>");
  const runtimes: XmlNode[] = [];
  for (const h of hosts) {
    if (h.children[0]?.name !== "Runtimes") fail("element-order", `<Runtimes> must be the first child of <Host xsi:type="${h.attrs["type"] ?? ""}">`);
    runtimes.push(...childrenNamed(child(h, "Runtimes"), "Runtime"));
  }
  const long = runtimes.filter((r) => r.attrs["lifetime"] === "long");
  if (long.length !== 1) fail("shared-runtime", `expected exactly one <Runtime lifetime="long">, found ${long.length}`);
  const shared = long[0]?.attrs["resid"];
  if (shared) {
    for (const { node, path } of walk(root)) {
      const parent = path[path.length - 1];
      const uses =
        (node.name === "FunctionFile" && node.attrs["resid"]) ||
        (node.name === "SourceLocation" && parent === "Page" && node.attrs["resid"]) ||
        (node.name === "Action" && node.attrs["type"] === "ShowTaskpane" && child(node, "SourceLocation")?.attrs["resid"]);
      if (uses === undefined || uses === false || uses === "") continue;
      const label = node.name === "SourceLocation" ? "<Page>" : node.name === "Action" ? "the ShowTaskpane action" : "<FunctionFile>";
      if (uses !== shared) fail("shared-runtime", `${label} uses "${uses}" but the shared runtime is "${shared}"`);
    }
  }
  const sets = childrenNamed(child(child(root, "Requirements"), "Sets"), "Set").map((s) => s.attrs["Name"]);
  if (!sets.includes("SharedRuntime")) fail("shared-runtime", `<Requirements> must list <Set Name="SharedRuntime" MinVersion="1.1"/>`);

  // Ours: every URL https and under the source location's origin; icons present at their size.
  const source = child(child(root, "DefaultSettings"), "SourceLocation")?.attrs["DefaultValue"] ?? "";
  let origin = "";
  try {
    origin = new URL(source).origin;
  } catch {
    fail("url", `<DefaultSettings><SourceLocation> "${source}" is not a URL`);
  }
  const topUrls: { where: string; url: string }[] = [];
  for (const { node } of walk(root)) {
    if (!URL_ELEMENTS.has(node.name) || node.attrs["resid"] !== undefined) continue;
    for (const v of valuesOf(node)) if (v !== undefined) topUrls.push({ where: `<${node.name}>`, url: v });
  }
  for (const u of [...topUrls, ...resourceUrls.map((r) => ({ where: `resource "${r.id}"`, url: r.url }))]) {
    checkLen(`${u.where} URL`, u.url, LIMITS.url, "URL");
    let parsed: URL | null = null;
    try {
      parsed = new URL(u.url);
    } catch {
      fail("url", `${u.where}: "${u.url}" is not a URL`);
      continue;
    }
    if (parsed.protocol !== "https:") fail("url", `${u.where}: "${u.url}" is not https`);
    else if (origin && parsed.origin !== origin) fail("url", `${u.where}: "${u.url}" is not under the add-in's origin ${origin}`);
  }

  const iconUses: { url: string; size: number; where: string }[] = [];
  const icon = (name: string, size: number) => {
    const v = child(root, name)?.attrs["DefaultValue"];
    if (v) iconUses.push({ url: v, size, where: `<${name}>` });
  };
  icon("IconUrl", 32);
  icon("HighResolutionIconUrl", 64);
  const imageUrl = new Map(resourceUrls.filter((r) => r.kind === "Image").map((r) => [r.id, r.url]));
  for (const { node } of walk(root)) {
    if (node.name !== "Image" || node.attrs["resid"] === undefined) continue;
    const url = imageUrl.get(node.attrs["resid"]);
    const size = Number(node.attrs["size"]);
    if (url && size) iconUses.push({ url, size, where: `image "${node.attrs["resid"]}" (size ${size})` });
  }
  const seen = new Set<string>();
  for (const use of iconUses) {
    const key = `${use.url}@${use.size}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const dim = opts.iconSize(use.url);
    if (!dim) fail("icon", `${use.where}: icon file for ${use.url} does not exist`);
    else if (dim.width !== use.size || dim.height !== use.size) fail("icon", `${use.where}: ${use.url} is ${dim.width}×${dim.height} px, expected ${use.size}×${use.size}`);
  }

  const allowed = new Set(opts.allowedAppDomains ?? []);
  for (const d of childrenNamed(child(root, "AppDomains"), "AppDomain")) {
    if (!allowed.has(d.text)) fail("app-domains", `AppDomain "${d.text}" is not needed: the add-in calls no other origin (keep <AppDomains> minimal)`);
  }

  if (opts.commandFunctions) {
    for (const { node } of walk(root)) {
      if (node.name !== "Action" || node.attrs["type"] !== "ExecuteFunction") continue;
      const fn = child(node, "FunctionName")?.text ?? "";
      if (!opts.commandFunctions.includes(fn)) fail("commands", `ExecuteFunction "${fn}" is not associated in src/commands (Office.actions.associate)`);
    }
  }
  return problems;
}

/** Names passed to Office.actions.associate("name", …) in a source text. */
export function associatedActions(source: string): string[] {
  return [...source.matchAll(/Office\.actions\.associate\(\s*["'`]([^"'`]+)["'`]/g)].map((m) => m[1]!);
}

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || sig.some((b, i) => bytes[i] !== b)) return null;
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: dv.getUint32(16), height: dv.getUint32(20) };
}
