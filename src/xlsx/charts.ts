/**
 * Real DrawingML charts for the layout's `LayoutChart`s, added to the saved .xlsx package (ExcelJS
 * cannot write charts). Per sheet with charts: one drawing part (a twoCellAnchor per chart over the
 * layout's placement) with a graphicFrame pointing at one chart part per chart, the relationships
 * sheet → drawing → chart, content-type overrides, and `<drawing r:id>` in the sheet XML at its place
 * in CT_Worksheet's sequence.
 *
 * Series reference the sheet's own cells (always-quoted sheet name, absolute ranges), so a chart follows
 * edits; each reference also carries a cache of the layout's values so viewers that do not recalculate
 * (previewers, LibreOffice on first paint, phones) still draw it.
 *
 * Chart mapping (as LayoutChart defines it):
 * - pie: categories = slice labels, first series = slice sizes (further series ignored: a pie has one).
 * - bar / column: clustered bars, one series per LayoutChart series, categories on the category axis.
 * - radar: radarStyle "marker" (lines, Excel's plain Radar), one series per LayoutChart series.
 * - bubble: ONE series: x = categories (numbers), y = series[0], bubble size = series[1]. Without a size
 *   series it is an XY scatter (markers only), as the Office.js adapter draws it. This is how
 *   quickWinSheets.ts (x = effort, y = impact, size = cost) and books.ts (x = months, y = score) use it.
 * Slices and single-series bars whose categories are pillar labels take the pillar's colour (pillars.ts).
 */
import type JSZip from "jszip";
import { cellAddress, type RangeRef } from "../core/cellAddress";
import { resolveStyles, type LayoutChart, type SheetLayout } from "../core/layout";
import { PILLARS, type HexColor } from "../core/pillars";
import type { CellValue } from "../core/sheetDocument";

const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  rels: "http://schemas.openxmlformats.org/package/2006/relationships",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
} as const;

export const REL_DRAWING = `${NS.r}/drawing`;
export const REL_CHART = `${NS.r}/chart`;
export const CT_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";
export const CT_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";

/** Series colours when no pillar colour applies (house blues/oranges/greens, readable in grey print). */
const SERIES_COLORS: readonly HexColor[] = ["1F4E79", "C55A11", "548235", "7F6000", "5B2C6F", "2E75B6"];

/**
 * Elements that follow <drawing> in CT_Worksheet: the drawing goes before the first one present
 * (everything before it — pageSetup, headerFooter, rowBreaks, colBreaks, ignoredErrors… — stays before).
 */
const AFTER_DRAWING = ["legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"] as const;

export function xmlEscape(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

function xmlUnescape(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, "&");
}

/** Absolute reference with the sheet name always quoted: 'Hasil Kesiapan'!$B$5:$B$10. */
export function chartRef(sheet: string, r: RangeRef): string {
  const abs = (row: number, col: number) => cellAddress(row, col).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  const a = abs(r.top, r.left);
  const b = abs(r.bottom, r.right);
  return `'${sheet.replace(/'/g, "''")}'!${a === b ? a : `${a}:${b}`}`;
}

export interface SheetData {
  readonly name: string;
  readonly values: SheetLayout["values"];
  readonly formatAt: (row: number, col: number) => string | undefined;
}

function cellsOf(data: SheetData, r: RangeRef): CellValue[] {
  const out: CellValue[] = [];
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.push(data.values[row]?.[col] ?? null);
  return out;
}

function numberOf(v: CellValue): number | null {
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  return null;
}

function textOf(v: CellValue): string | null {
  if (v === null || v === "") return null;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v);
}

/** A chart number format: the cell's own, except text/empty ones, which would print numbers as text. */
function formatCode(data: SheetData, r: RangeRef): string {
  const f = data.formatAt(r.top, r.left);
  return f && f !== "@" ? f : "General";
}

function numRef(data: SheetData, r: RangeRef): string {
  const pts = cellsOf(data, r)
    .map((v, i) => {
      const n = numberOf(v);
      return n === null ? "" : `<c:pt idx="${i}"><c:v>${n}</c:v></c:pt>`;
    })
    .join("");
  const count = (r.bottom - r.top + 1) * (r.right - r.left + 1);
  return `<c:numRef><c:f>${xmlEscape(chartRef(data.name, r))}</c:f><c:numCache><c:formatCode>${xmlEscape(formatCode(data, r))}</c:formatCode><c:ptCount val="${count}"/>${pts}</c:numCache></c:numRef>`;
}

function strRef(data: SheetData, r: RangeRef): string {
  const cells = cellsOf(data, r);
  const pts = cells
    .map((v, i) => {
      const t = textOf(v);
      return t === null ? "" : `<c:pt idx="${i}"><c:v>${xmlEscape(t)}</c:v></c:pt>`;
    })
    .join("");
  return `<c:strRef><c:f>${xmlEscape(chartRef(data.name, r))}</c:f><c:strCache><c:ptCount val="${cells.length}"/>${pts}</c:strCache></c:strRef>`;
}

/** Categories as numbers when every filled cell is a number (bubble x, years), else as text. */
function catRef(data: SheetData, r: RangeRef): string {
  const filled = cellsOf(data, r).filter((v) => v !== null && v !== "");
  return filled.length > 0 && filled.every((v) => numberOf(v) !== null && typeof v !== "boolean") ? numRef(data, r) : strRef(data, r);
}

/** Series name: the header cell above the values (LayoutChart's contract), cached with the layout's name. */
function seriesTx(data: SheetData, s: LayoutChart["series"][number]): string {
  if (s.values.top === 0) return `<c:tx><c:v>${xmlEscape(s.name)}</c:v></c:tx>`;
  const header: RangeRef = { top: s.values.top - 1, left: s.values.left, bottom: s.values.top - 1, right: s.values.left };
  return `<c:tx><c:strRef><c:f>${xmlEscape(chartRef(data.name, header))}</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>${xmlEscape(s.name)}</c:v></c:pt></c:strCache></c:strRef></c:tx>`;
}

const solid = (hex: HexColor) => `<a:solidFill><a:srgbClr val="${hex.toUpperCase()}"/></a:solidFill>`;
const fillSpPr = (hex: HexColor) => `<c:spPr>${solid(hex)}<a:ln w="6350">${solid("FFFFFF")}</a:ln></c:spPr>`;
const lineSpPr = (hex: HexColor) => `<c:spPr><a:ln w="28575" cap="rnd">${solid(hex)}<a:round/></a:ln></c:spPr>`;

/** The pillar colour of each category when every category is a pillar label, else null. */
export function pillarColors(labels: readonly CellValue[]): HexColor[] | null {
  const filled = labels.filter((v) => v !== null && v !== "");
  if (filled.length === 0) return null;
  const colors = labels.map((v) => PILLARS.find((p) => typeof v === "string" && p.label.toLowerCase() === v.trim().toLowerCase())?.color ?? null);
  return colors.every((c, i) => c !== null || labels[i] === null || labels[i] === "") ? colors.map((c) => c ?? "BFBFBF") : null;
}

function dataPoints(colors: readonly HexColor[], extra = ""): string {
  return colors.map((c, i) => `<c:dPt><c:idx val="${i}"/>${extra}${fillSpPr(c)}</c:dPt>`).join("");
}

const NO_LABELS =
  '<c:dLbls><c:showLegendKey val="0"/><c:showVal val="0"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>';
const PERCENT_LABELS =
  '<c:dLbls><c:numFmt formatCode="0%" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr><c:dLblPos val="bestFit"/><c:showLegendKey val="0"/><c:showVal val="0"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="1"/><c:showBubbleSize val="0"/><c:showLeaderLines val="1"/></c:dLbls>';

const AX_CAT = 500000001;
const AX_VAL = 500000002;

function richText(text: string, size: number, bold: boolean): string {
  const b = bold ? ' b="1"' : ' b="0"';
  return `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}"${b}/></a:pPr><a:r><a:rPr lang="id-ID" sz="${size}"${b}/><a:t>${xmlEscape(text)}</a:t></a:r></a:p></c:rich></c:tx>`;
}

function axisTitle(text: string | null): string {
  return text ? `<c:title>${richText(text, 900, false)}<c:overlay val="0"/></c:title>` : "";
}

const GRIDLINES = `<c:majorGridlines><c:spPr><a:ln w="6350">${solid("D9D9D9")}</a:ln></c:spPr></c:majorGridlines>`;

/** Category axis; on the left (horizontal bars) it runs top-down so bars read in the table's order. */
function catAx(id: number, cross: number, pos: "b" | "l", title: string | null = null): string {
  return `<c:catAx><c:axId val="${id}"/><c:scaling><c:orientation val="${pos === "l" ? "maxMin" : "minMax"}"/></c:scaling><c:delete val="0"/><c:axPos val="${pos}"/>${axisTitle(title)}<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${cross}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
}

function valAx(id: number, cross: number, pos: "b" | "l", opts: { title?: string | null; crossBetween?: "between" | "midCat"; grid?: boolean; crossesMax?: boolean } = {}): string {
  return `<c:valAx><c:axId val="${id}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${pos}"/>${opts.grid === false ? "" : GRIDLINES}${axisTitle(opts.title ?? null)}<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${cross}"/><c:crosses val="${opts.crossesMax ? "max" : "autoZero"}"/><c:crossBetween val="${opts.crossBetween ?? "between"}"/></c:valAx>`;
}

/** Header text above a range (the column's name), for axis titles. */
function headerAbove(data: SheetData, r: RangeRef): string | null {
  return r.top > 0 ? textOf(data.values[r.top - 1]?.[r.left] ?? null) : null;
}

/** The <c:plotArea> content and whether the chart wants a legend. */
function plot(data: SheetData, chart: LayoutChart): { xml: string; legend: boolean } {
  const cats = catRef(data, chart.categories);
  const series = chart.series;
  const labels = cellsOf(data, chart.categories);
  const pillars = pillarColors(labels);
  switch (chart.chartType) {
    case "pie": {
      const s = series[0];
      if (!s) return { xml: "", legend: false };
      const colors = pillars ?? labels.map((_, i) => SERIES_COLORS[i % SERIES_COLORS.length]!);
      const ser = `<c:ser><c:idx val="0"/><c:order val="0"/>${seriesTx(data, s)}${dataPoints(colors, '<c:bubble3D val="0"/>')}${PERCENT_LABELS}<c:cat>${cats}</c:cat><c:val>${numRef(data, s.values)}</c:val></c:ser>`;
      return { xml: `<c:pieChart><c:varyColors val="1"/>${ser}<c:firstSliceAng val="0"/></c:pieChart>`, legend: true };
    }
    case "bar":
    case "column": {
      const single = series.length === 1;
      const sers = series
        .map((s, i) => {
          const color = SERIES_COLORS[i % SERIES_COLORS.length]!;
          const points = single && pillars ? dataPoints(pillars, '<c:invertIfNegative val="0"/><c:bubble3D val="0"/>') : "";
          return `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>${seriesTx(data, s)}${fillSpPr(color)}<c:invertIfNegative val="0"/>${points}<c:cat>${cats}</c:cat><c:val>${numRef(data, s.values)}</c:val></c:ser>`;
        })
        .join("");
      const dir = chart.chartType === "bar" ? "bar" : "col";
      const xml =
        `<c:barChart><c:barDir val="${dir}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${sers}${NO_LABELS}<c:gapWidth val="80"/><c:axId val="${AX_CAT}"/><c:axId val="${AX_VAL}"/></c:barChart>` +
        // Horizontal bars: categories on the left, values along the bottom.
        catAx(AX_CAT, AX_VAL, dir === "bar" ? "l" : "b") +
        // With the category axis reversed, the value axis crosses at its last category: the bottom.
        valAx(AX_VAL, AX_CAT, dir === "bar" ? "b" : "l", { crossesMax: dir === "bar" });
      return { xml, legend: !single };
    }
    case "radar": {
      const sers = series
        .map((s, i) => {
          const color = SERIES_COLORS[i % SERIES_COLORS.length]!;
          return `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>${seriesTx(data, s)}${lineSpPr(color)}<c:marker><c:symbol val="none"/></c:marker><c:cat>${cats}</c:cat><c:val>${numRef(data, s.values)}</c:val></c:ser>`;
        })
        .join("");
      const xml =
        `<c:radarChart><c:radarStyle val="marker"/><c:varyColors val="0"/>${sers}${NO_LABELS}<c:axId val="${AX_CAT}"/><c:axId val="${AX_VAL}"/></c:radarChart>` +
        catAx(AX_CAT, AX_VAL, "b") +
        valAx(AX_VAL, AX_CAT, "l", { crossBetween: "between" });
      return { xml, legend: series.length > 1 };
    }
    case "bubble": {
      const y = series[0];
      if (!y) return { xml: "", legend: false };
      const size = series[1];
      const axes =
        valAx(AX_CAT, AX_VAL, "b", { title: headerAbove(data, chart.categories), crossBetween: "midCat", grid: false }) +
        valAx(AX_VAL, AX_CAT, "l", { title: y.name || null, crossBetween: "midCat" });
      if (!size) {
        const marker = `<c:marker><c:symbol val="circle"/><c:size val="7"/><c:spPr>${solid(SERIES_COLORS[0]!)}</c:spPr></c:marker>`;
        const ser =
          `<c:ser><c:idx val="0"/><c:order val="0"/>${seriesTx(data, y)}<c:spPr><a:ln w="19050"><a:noFill/></a:ln></c:spPr>${marker}` +
          `<c:xVal>${numRef(data, chart.categories)}</c:xVal><c:yVal>${numRef(data, y.values)}</c:yVal><c:smooth val="0"/></c:ser>`;
        return { xml: `<c:scatterChart><c:scatterStyle val="lineMarker"/><c:varyColors val="0"/>${ser}${NO_LABELS}<c:axId val="${AX_CAT}"/><c:axId val="${AX_VAL}"/></c:scatterChart>${axes}`, legend: false };
      }
      const ser =
        `<c:ser><c:idx val="0"/><c:order val="0"/>${seriesTx(data, y)}<c:spPr><a:solidFill><a:srgbClr val="${SERIES_COLORS[0]!}"><a:alpha val="60000"/></a:srgbClr></a:solidFill></c:spPr><c:invertIfNegative val="0"/>` +
        `<c:xVal>${numRef(data, chart.categories)}</c:xVal><c:yVal>${numRef(data, y.values)}</c:yVal><c:bubbleSize>${numRef(data, size.values)}</c:bubbleSize><c:bubble3D val="0"/></c:ser>`;
      const xml =
        `<c:bubbleChart><c:varyColors val="0"/>${ser}${NO_LABELS}<c:bubbleScale val="60"/><c:showNegBubbles val="0"/><c:axId val="${AX_CAT}"/><c:axId val="${AX_VAL}"/></c:bubbleChart>` + axes;
      return { xml, legend: false };
    }
  }
}

function sheetData(layout: SheetLayout): SheetData {
  const styles = resolveStyles(layout);
  return { name: layout.name, values: layout.values, formatAt: (r, c) => styles.get(`${r},${c}`)?.numberFormat };
}

/** The chart part (c:chartSpace) for one LayoutChart of a sheet. */
export function chartXml(layout: SheetLayout | SheetData, chart: LayoutChart): string {
  const data = "formatAt" in layout ? layout : sheetData(layout);
  const { xml, legend } = plot(data, chart);
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">` +
    `<c:date1904 val="0"/><c:lang val="id-ID"/><c:roundedCorners val="0"/>` +
    `<c:chart><c:title>${richText(chart.title, 1200, true)}<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>${xml}</c:plotArea>` +
    (legend ? `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>` : "") +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr>${solid("FFFFFF")}<a:ln w="9525">${solid("D9D9D9")}</a:ln></c:spPr>` +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"><a:latin typeface="Calibri"/></a:defRPr></a:pPr><a:endParaRPr lang="id-ID"/></a:p></c:txPr>` +
    `</c:chartSpace>`
  );
}

/** The drawing part: one anchor per chart, covering its placement cells exactly; chart i uses relationship rId{i+1}. */
export function drawingXml(charts: readonly LayoutChart[]): string {
  const anchors = charts
    .map((c, i) => {
      const p = c.placement;
      const marker = (tag: string, row: number, col: number) =>
        `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
      return (
        `<xdr:twoCellAnchor editAs="oneCell">${marker("from", p.top, p.left)}${marker("to", p.bottom + 1, p.right + 1)}` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="Grafik ${i + 1}" descr="${xmlEscape(c.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
        `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" r:id="rId${i + 1}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
      );
    })
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">${anchors}</xdr:wsDr>`;
}

function relationships(rels: ReadonlyArray<{ id: string; type: string; target: string }>): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.rels}">${rels
    .map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${xmlEscape(r.target)}"/>`)
    .join("")}</Relationships>`;
}

/**
 * Insert `<drawing r:id>` before the first top-level element that must follow it in CT_Worksheet. Only
 * children of <worksheet> count: an <extLst> nested in a conditional format rule is not the sheet's.
 */
export function insertDrawingElement(sheetXml: string, relId: string): string {
  const el = `<drawing r:id="${relId}"/>`;
  const after = new Set<string>(AFTER_DRAWING);
  let depth = 0;
  let at = -1;
  for (const m of sheetXml.matchAll(/<(\/?)([A-Za-z_][\w.:-]*)[^>]*?(\/?)>/g)) {
    const [, closing, name, selfClosing] = m;
    if (closing) {
      depth--;
      if (depth === 0 && name === "worksheet") at = at < 0 ? m.index! : at;
      continue;
    }
    if (depth === 1 && after.has(name!) && at < 0) at = m.index!;
    if (!selfClosing) depth++;
    if (at >= 0) break;
  }
  if (at < 0) throw new Error("Worksheet XML has no closing </worksheet>");
  const out = sheetXml.slice(0, at) + el + sheetXml.slice(at);
  // The r: prefix must be bound on the root (ExcelJS binds it; a bare writer might not).
  return /<worksheet\b[^>]*\bxmlns:r=/.test(out) ? out : out.replace(/<worksheet\b/, `<worksheet xmlns:r="${NS.r}"`);
}

/** Sheet name -> worksheet part path (e.g. "xl/worksheets/sheet1.xml"), from workbook.xml and its rels. */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const wb = await zip.file("xl/workbook.xml")?.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")?.async("string");
  const out = new Map<string, string>();
  if (!wb || !rels) return out;
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  for (const m of wb.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]*)"/.exec(m[0])?.[1];
    const path = id ? targets.get(id) : undefined;
    if (name !== undefined && path) out.set(xmlUnescape(name), path);
  }
  return out;
}

function unusedPart(zip: JSZip, dir: string, base: string, taken: Set<string>): string {
  for (let i = 1; ; i++) {
    const path = `${dir}/${base}${i}.xml`;
    if (!zip.file(path) && !taken.has(path)) {
      taken.add(path);
      return path;
    }
  }
}

function nextRelId(relsXml: string): string {
  let max = 0;
  for (const m of relsXml.matchAll(/\bId="rId(\d+)"/g)) max = Math.max(max, Number(m[1]));
  return `rId${max + 1}`;
}

/**
 * A sheet's drawing made only of charts, read from an opened package so it can be written again: ExcelJS
 * drops drawings on load, and a sheet not regenerated in this session would otherwise lose its charts.
 */
export interface KeptDrawing {
  readonly sheet: string;
  readonly drawingXml: string;
  /** Relationship id in the drawing -> chart part XML. */
  readonly charts: ReadonlyArray<{ readonly relId: string; readonly xml: string }>;
}

/** Add a drawing (whose chart relationships are `charts`) to the sheet at `sheetPath`. */
async function addDrawing(zip: JSZip, sheetPath: string, drawingContent: string, charts: KeptDrawing["charts"], taken: Set<string>, overrides: string[]): Promise<void> {
  const sheetXml = await zip.file(sheetPath)!.async("string");
  if (/<drawing[\s/>]/.test(sheetXml)) throw new Error(`Worksheet ${sheetPath} already has a drawing; charts cannot be added`);
  const drawingPath = unusedPart(zip, "xl/drawings", "drawing", taken);
  const chartPaths = charts.map(() => unusedPart(zip, "xl/charts", "chart", taken));
  charts.forEach((c, i) => zip.file(chartPaths[i]!, c.xml));
  zip.file(drawingPath, drawingContent);
  const drawingFile = drawingPath.slice(drawingPath.lastIndexOf("/") + 1);
  zip.file(
    `xl/drawings/_rels/${drawingFile}.rels`,
    relationships(chartPaths.map((p, i) => ({ id: charts[i]!.relId, type: REL_CHART, target: `../charts/${p.slice(p.lastIndexOf("/") + 1)}` }))),
  );

  const sheetFile = sheetPath.slice(sheetPath.lastIndexOf("/") + 1);
  const sheetRelsPath = `${sheetPath.slice(0, sheetPath.lastIndexOf("/"))}/_rels/${sheetFile}.rels`;
  const relsXml = (await zip.file(sheetRelsPath)?.async("string")) ?? relationships([]);
  const relId = nextRelId(relsXml);
  const rel = `<Relationship Id="${relId}" Type="${REL_DRAWING}" Target="../drawings/${drawingFile}"/>`;
  zip.file(sheetRelsPath, relsXml.includes("</Relationships>") ? relsXml.replace("</Relationships>", `${rel}</Relationships>`) : relsXml.replace(/<Relationships([^>]*)\/>/, `<Relationships$1>${rel}</Relationships>`));
  zip.file(sheetPath, insertDrawingElement(sheetXml, relId));

  overrides.push(`<Override PartName="/${drawingPath}" ContentType="${CT_DRAWING}"/>`);
  for (const p of chartPaths) overrides.push(`<Override PartName="/${p}" ContentType="${CT_CHART}"/>`);
}

/**
 * Add every chart of `layouts` to the package, on the sheet of the same name, and write `kept` drawings
 * back onto their sheets. A layout or kept drawing whose sheet is not in the package is skipped (it was
 * replaced or removed since). Throws when a sheet already has a drawing (ExcelJS images), since a sheet
 * holds one drawing part; our generated sheets have none.
 */
export async function injectCharts(zip: JSZip, layouts: readonly SheetLayout[], kept: readonly KeptDrawing[] = []): Promise<void> {
  const withCharts = layouts.filter((l) => l.charts.length > 0);
  if (withCharts.length === 0 && kept.length === 0) return;
  const parts = await sheetParts(zip);
  const taken = new Set<string>();
  const overrides: string[] = [];
  for (const layout of withCharts) {
    const sheetPath = parts.get(layout.name);
    if (!sheetPath) continue;
    const data = sheetData(layout);
    const charts = layout.charts.map((c, i) => ({ relId: `rId${i + 1}`, xml: chartXml(data, c) }));
    await addDrawing(zip, sheetPath, drawingXml(layout.charts), charts, taken, overrides);
  }
  const written = new Set(withCharts.map((l) => l.name));
  for (const k of kept) {
    const sheetPath = parts.get(k.sheet);
    if (!sheetPath || written.has(k.sheet)) continue;
    if (/<drawing[\s/>]/.test(await zip.file(sheetPath)!.async("string"))) continue; // ExcelJS wrote its own (images): leave it
    await addDrawing(zip, sheetPath, k.drawingXml, k.charts, taken, overrides);
  }
  if (overrides.length === 0) return;
  const ct = await zip.file("[Content_Types].xml")!.async("string");
  zip.file("[Content_Types].xml", ct.replace("</Types>", `${overrides.join("")}</Types>`));
}

/**
 * The chart-only drawings of an opened package, per sheet. A drawing holding anything but chart frames
 * (pictures, shapes), or a chart that points at other parts by r:id (embedded data, user shapes), is
 * not kept: it cannot be written back faithfully without those parts. Chart style/colour parts (linked
 * only from the chart's rels) are left out; Excel falls back to the chart's own formatting.
 */
export async function readChartDrawings(zip: JSZip): Promise<KeptDrawing[]> {
  const out: KeptDrawing[] = [];
  for (const [sheet, sheetPath] of await sheetParts(zip)) {
    const sheetXml = await zip.file(sheetPath)?.async("string");
    const drawingId = sheetXml ? /<drawing\b[^>]*\br:id="([^"]+)"/.exec(sheetXml)?.[1] : undefined;
    if (!drawingId) continue;
    const sheetRels = await partRels(zip, sheetPath);
    const drawingPath = sheetRels.get(drawingId);
    const drawing = drawingPath ? await zip.file(drawingPath)?.async("string") : undefined;
    if (!drawingPath || !drawing) continue;
    const anchors = drawing.match(/<xdr:(twoCellAnchor|oneCellAnchor|absoluteAnchor)\b/g) ?? [];
    const frames = [...drawing.matchAll(/<c:chart\b[^>]*\br:id="([^"]+)"/g)].map((m) => m[1]!);
    if (anchors.length === 0 || anchors.length !== frames.length || /<xdr:(pic|sp|grpSp|cxnSp)\b/.test(drawing)) continue;
    const drawingRels = await partRels(zip, drawingPath);
    const charts: { relId: string; xml: string }[] = [];
    for (const relId of frames) {
      const chartPath = drawingRels.get(relId);
      const xml = chartPath ? await zip.file(chartPath)?.async("string") : undefined;
      if (!xml || /\br:id=/.test(xml)) break;
      charts.push({ relId, xml });
    }
    if (charts.length === frames.length) out.push({ sheet, drawingXml: drawing, charts });
  }
  return out;
}

/** Relationship id -> resolved part path, for the rels of `part`. */
async function partRels(zip: JSZip, part: string): Promise<Map<string, string>> {
  const dir = part.slice(0, part.lastIndexOf("/"));
  const xml = await zip.file(`${dir}/_rels/${part.slice(part.lastIndexOf("/") + 1)}.rels`)?.async("string");
  const out = new Map<string, string>();
  for (const m of xml?.matchAll(/<Relationship\b[^>]*>/g) ?? []) {
    const id = /\bId="([^"]*)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
    if (!id || !target || /\bTargetMode="External"/.test(m[0])) continue;
    if (target.startsWith("/")) {
      out.set(id, target.slice(1));
      continue;
    }
    const path = dir.split("/");
    for (const seg of xmlUnescape(target).split("/")) {
      if (seg === "..") path.pop();
      else if (seg !== ".") path.push(seg);
    }
    out.set(id, path.join("/"));
  }
  return out;
}
