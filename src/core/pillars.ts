/**
 * The six smart-city pillars and their eighteen elements, as Kominfo's "Gerakan Menuju 100 Smart City"
 * names them (shared/domain.md §2). This is the only place these facts live: labels, element names and
 * display colours are imported from here by every sheet, function and face.
 */

export const PILLAR_IDS = ["governance", "branding", "economy", "living", "society", "environment"] as const;
export type PillarId = (typeof PILLAR_IDS)[number];

export const ELEMENT_IDS = [
  "governance.publicService",
  "governance.bureaucracy",
  "governance.policy",
  "branding.tourism",
  "branding.business",
  "branding.cityAppearance",
  "economy.industry",
  "economy.welfare",
  "economy.transactions",
  "living.harmony",
  "living.health",
  "living.mobility",
  "society.community",
  "society.learning",
  "society.security",
  "environment.protection",
  "environment.waste",
  "environment.energy",
] as const;
export type ElementId = (typeof ELEMENT_IDS)[number];

/** A hex colour without '#', as both Excel and ExcelJS take it (e.g. "1F4E79"). */
export type HexColor = string & { readonly __hex?: never };

export interface Element {
  readonly id: ElementId;
  readonly pillar: PillarId;
  /** Indonesian name, as used in the documents. */
  readonly nameId: string;
  readonly nameEn: string;
}

export interface Pillar {
  readonly id: PillarId;
  /** The label used as-is in Indonesian documents, e.g. "Smart Governance". */
  readonly label: string;
  readonly elements: readonly [Element, Element, Element];
  /** Fill colour for roadmap bars and charts; light enough to print black text on. */
  readonly color: HexColor;
  /** Darker shade for headers and chart series. */
  readonly darkColor: HexColor;
}

function el(id: ElementId, nameId: string, nameEn: string): Element {
  return { id, pillar: id.split(".")[0] as PillarId, nameId, nameEn };
}

export const PILLARS: readonly Pillar[] = [
  {
    id: "governance",
    label: "Smart Governance",
    color: "BDD7EE",
    darkColor: "1F4E79",
    elements: [
      el("governance.publicService", "Pelayanan Publik", "Public service"),
      el("governance.bureaucracy", "Manajemen Birokrasi", "Bureaucracy management"),
      el("governance.policy", "Kebijakan Publik", "Public policy"),
    ],
  },
  {
    id: "branding",
    label: "Smart Branding",
    color: "F8CBAD",
    darkColor: "843C0C",
    elements: [
      el("branding.tourism", "Pariwisata", "Tourism"),
      el("branding.business", "Bisnis", "Business"),
      el("branding.cityAppearance", "Wajah Kota", "City appearance"),
    ],
  },
  {
    id: "economy",
    label: "Smart Economy",
    color: "FFE699",
    darkColor: "7F6000",
    elements: [
      el("economy.industry", "Industri", "Industry"),
      el("economy.welfare", "Kesejahteraan Rakyat", "Welfare"),
      el("economy.transactions", "Transaksi Keuangan", "Financial transactions"),
    ],
  },
  {
    id: "living",
    label: "Smart Living",
    color: "C6E0B4",
    darkColor: "375623",
    elements: [
      el("living.harmony", "Harmonisasi Tata Ruang", "Spatial harmony and housing"),
      el("living.health", "Kesehatan", "Health"),
      el("living.mobility", "Mobilitas", "Mobility"),
    ],
  },
  {
    id: "society",
    label: "Smart Society",
    color: "D9C3E9",
    darkColor: "5B2C6F",
    elements: [
      el("society.community", "Komunitas", "Community"),
      el("society.learning", "Ekosistem Belajar", "Learning ecosystem"),
      el("society.security", "Keamanan", "Security"),
    ],
  },
  {
    id: "environment",
    label: "Smart Environment",
    color: "A9D08E",
    darkColor: "385723",
    elements: [
      el("environment.protection", "Proteksi Lingkungan", "Environmental protection"),
      el("environment.waste", "Sampah dan Limbah", "Waste"),
      el("environment.energy", "Energi", "Energy"),
    ],
  },
];

const pillarById = new Map<PillarId, Pillar>(PILLARS.map((p) => [p.id, p]));
const elementById = new Map<ElementId, Element>(PILLARS.flatMap((p) => p.elements.map((e) => [e.id, e] as const)));

export function pillar(id: PillarId): Pillar {
  const p = pillarById.get(id);
  if (!p) throw new Error(`Unknown pillar: ${id}`);
  return p;
}

export function element(id: ElementId): Element {
  const e = elementById.get(id);
  if (!e) throw new Error(`Unknown element: ${id}`);
  return e;
}

export function isPillarId(x: unknown): x is PillarId {
  return typeof x === "string" && pillarById.has(x as PillarId);
}

export function isElementId(x: unknown): x is ElementId {
  return typeof x === "string" && elementById.has(x as ElementId);
}

export const PILLAR_LABELS: readonly string[] = PILLARS.map((p) => p.label);

/** Pillar from the label a user typed or picked ("Smart Living", "smart living", "Living"). */
export function pillarFromLabel(text: string | null | undefined): PillarId | null {
  if (!text) return null;
  const t = text.trim().toLowerCase().replace(/\s+/g, " ");
  for (const p of PILLARS) {
    if (t === p.label.toLowerCase() || t === p.id || t === p.label.toLowerCase().replace("smart ", "")) return p.id;
  }
  return null;
}

/** Element from its Indonesian or English name, optionally restricted to a pillar. */
export function elementFromName(text: string | null | undefined, within?: PillarId): ElementId | null {
  if (!text) return null;
  const t = text.trim().toLowerCase();
  for (const p of PILLARS) {
    if (within && p.id !== within) continue;
    for (const e of p.elements) {
      if (t === e.nameId.toLowerCase() || t === e.nameEn.toLowerCase() || t === e.id.toLowerCase()) return e.id;
    }
  }
  return null;
}
