const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** `YYYY-MM-DD` when the parts make a real calendar date. */
function isoDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/**
 * Reads a full calendar date (`2024-03-14`, `March 14, 2024`, `14 Mar 2024`,
 * with an optional weekday) as `YYYY-MM-DD`. A date without a year, such as a
 * listing page's `Mar 14`, gives undefined: guessing the year would invent
 * an order the source does not have.
 */
export function parseFullDate(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const t = text.trim().toLowerCase().replace(/^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+/, '');
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(t);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const monthFirst = /^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(t);
  const dayFirst = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})$/.exec(t);
  const [month, day, year] = monthFirst ? [monthFirst[1]!, monthFirst[2]!, monthFirst[3]!] : dayFirst ? [dayFirst[2]!, dayFirst[1]!, dayFirst[3]!] : [];
  const index = month === undefined ? -1 : MONTHS.indexOf(month.slice(0, 3));
  return index < 0 ? undefined : isoDate(Number(year), index + 1, Number(day));
}

/** What dating a paper needs: an explicit date when the source has one, else its listing date. */
export interface Dated {
  date?: string | undefined;
  listed?: string | undefined;
}

/**
 * A paper's date: its `date` as the source gave it (`YYYY`, `YYYY-MM` or
 * `YYYY-MM-DD`), else a full listing date as `YYYY-MM-DD`, else undefined.
 */
export function paperDate(paper: Dated): string | undefined {
  if (paper.date && /^\d{4}(?:-\d{2}){0,2}$/.test(paper.date)) return paper.date;
  return parseFullDate(paper.listed);
}

/** The first day a date can mean, as `YYYY-MM-DD`: `2024` is `2024-01-01`, `2024-03` is `2024-03-01`. */
export function firstDay(date: string): string {
  return `${date}-01-01`.slice(0, 10);
}

/**
 * Orders items newest first by `dateOf` (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`, a
 * partial date counting as its first day); items without a date
 * follow in the order given (source order), as a stable sort keeps them.
 */
export function sortNewestFirst<T>(items: readonly T[], dateOf: (item: T) => string | undefined): T[] {
  const dates = new Map(items.map((p) => { const d = dateOf(p); return [p, d === undefined ? undefined : firstDay(d)]; }));
  return [...items].sort((a, b) => {
    const da = dates.get(a);
    const db = dates.get(b);
    if (da === db) return 0;
    if (da === undefined) return 1;
    if (db === undefined) return -1;
    return da < db ? 1 : -1;
  });
}
