/**
 * The yearly regional planning and budgeting calendar the roadmap is drawn against. A roadmap year's
 * work must be in that year's APBD, which is decided the year before: Musrenbang → RKPD → KUA-PPAS →
 * APBD. Tuban's lesson (shared/domain.md §1): village-level budgeting must be coordinated before
 * December, or the plan slips a year.
 *
 * Sources: the stages and their months follow Permendagri 86/2017 (RKPD process: Musrenbang desa
 * January, kecamatan February, kabupaten/kota March; RKPD adopted by end of May/June) and the yearly
 * Permendagri on APBD preparation (KUA-PPAS agreed in July–August; APBD adopted no later than one month
 * before the budget year, i.e. by 30 November; in practice sometimes December). The village
 * coordination deadline (end of November) is **our convention**, taken from the Tuban note: before
 * December.
 */

export interface CalendarMark {
  readonly id: "musrenbangDesa" | "musrenbangKab" | "rkpd" | "kuaPpas" | "apbd" | "desaDeadline";
  /** Short label for a Gantt cell. */
  readonly short: string;
  /** Indonesian description for the legend. */
  readonly label: string;
  /** First and last month (1–12) of the activity. */
  readonly fromMonth: number;
  readonly toMonth: number;
  /** What the activity prepares: the budget of the following year. */
  readonly forNextYear: boolean;
  readonly source: string;
}

export const PLANNING_CALENDAR: readonly CalendarMark[] = [
  {
    id: "musrenbangDesa",
    short: "Musrenbang desa/kec",
    label: "Musrenbang desa/kelurahan dan kecamatan: usulan kegiatan dari bawah",
    fromMonth: 1,
    toMonth: 2,
    forNextYear: true,
    source: "Permendagri 86/2017",
  },
  {
    id: "musrenbangKab",
    short: "Musrenbang kab/kota",
    label: "Musrenbang kabupaten/kota: usulan smart city masuk rancangan RKPD",
    fromMonth: 3,
    toMonth: 3,
    forNextYear: true,
    source: "Permendagri 86/2017",
  },
  {
    id: "rkpd",
    short: "RKPD",
    label: "Penetapan RKPD (Mei–Juni)",
    fromMonth: 5,
    toMonth: 6,
    forNextYear: true,
    source: "Permendagri 86/2017",
  },
  {
    id: "kuaPpas",
    short: "KUA-PPAS",
    label: "Kesepakatan KUA-PPAS dengan DPRD (Juli–Agustus)",
    fromMonth: 7,
    toMonth: 8,
    forNextYear: true,
    source: "Permendagri pedoman penyusunan APBD (tahunan)",
  },
  {
    id: "apbd",
    short: "APBD",
    label: "APBD ditetapkan paling lambat 30 November (kadang Desember)",
    fromMonth: 11,
    toMonth: 12,
    forNextYear: true,
    source: "PP 12/2019 Pasal 106; Permendagri pedoman penyusunan APBD",
  },
  {
    id: "desaDeadline",
    short: "Batas koordinasi desa",
    label: "Batas koordinasi anggaran desa (APBDes) sebelum Desember — jika terlewat, rencana mundur satu tahun",
    fromMonth: 11,
    toMonth: 11,
    forNextYear: true,
    source: "konvensi kami (catatan Tuban)",
  },
];

const MONTHS_ID = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"] as const;

export function monthName(m: number): string {
  return MONTHS_ID[(m - 1 + 12) % 12]!;
}

/** "Jan–Feb", "Mar". */
export function monthSpan(mark: Pick<CalendarMark, "fromMonth" | "toMonth">): string {
  return mark.fromMonth === mark.toMonth ? monthName(mark.fromMonth) : `${monthName(mark.fromMonth)}–${monthName(mark.toMonth)}`;
}

/** Half of the year (1 = Jan–Jun, 2 = Jul–Dec) a mark falls in, by its first month. */
export function markHalf(mark: Pick<CalendarMark, "fromMonth">): 1 | 2 {
  return mark.fromMonth <= 6 ? 1 : 2;
}

/** Marks of one calendar cell (year or half-year): the planning for the next year's budget. */
export function marksIn(half: 1 | 2 | null): readonly CalendarMark[] {
  return PLANNING_CALENDAR.filter((m) => half === null || markHalf(m) === half);
}
