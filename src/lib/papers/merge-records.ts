import type { Diagnostic } from '../diagnostics.ts';
import type { SourceRecord } from '../sources/source-record.ts';
import { isPreprintDoi } from './identity.ts';
import { unionLinks } from './link-kinds.ts';

/** Why two records were taken for the same paper. */
type Reason = 'arXiv id' | 'DOI' | 'title and first author';

/** DOIs arXiv mints for its own preprints (`10.48550/arXiv.…`) say nothing a journal DOI contradicts. */
const ARXIV_DOI = /^10\.48550\//i;

/** Letters and digits only, lower-cased, accents removed: "Score-Matching: A σ" → "scorematchingaσ". */
export function normalizeTitle(title: string): string {
  return title.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The first author's surname, normalised like a title: "Jürgen Müller" → "muller". */
function firstSurname(record: SourceRecord): string | undefined {
  const name = record.authors?.[0]?.trim();
  return name ? normalizeTitle(name.split(/\s+/).at(-1)!) : undefined;
}

/** The identity keys of a record, strongest first. */
function keysOf(record: SourceRecord): [string, Reason][] {
  const keys: [string, Reason][] = [];
  if (record.arxiv) keys.push([`arxiv:${record.arxiv.toLowerCase()}`, 'arXiv id']);
  if (record.doi) keys.push([`doi:${record.doi.toLowerCase()}`, 'DOI']);
  const surname = firstSurname(record);
  const title = normalizeTitle(record.title);
  if (surname && title) keys.push([`title:${title}|${surname}`, 'title and first author']);
  return keys;
}

/** True when a record carries a journal's DOI (one no preprint server minted). */
const hasJournalDoi = (r: SourceRecord): boolean => r.doi !== undefined && !isPreprintDoi(r.doi);

/** True when one record is a preprint (by its DOI) and the other its journal version (by its DOI). */
function isPreprintAndJournal(a: SourceRecord, b: SourceRecord): boolean {
  return (isPreprintDoi(a.doi) && hasJournalDoi(b)) || (hasJournalDoi(a) && isPreprintDoi(b.doi));
}

/**
 * True when two records name different papers outright: different arXiv ids,
 * or (for a match that is not by arXiv id) different DOIs, unless one is a
 * preprint server's and the other a journal's: a preprint and its journal
 * version have two DOIs by nature, while two journal DOIs, or two preprints,
 * are two papers.
 */
function conflicts(a: SourceRecord, b: SourceRecord, reason: Reason): boolean {
  if (a.arxiv && b.arxiv && a.arxiv.toLowerCase() !== b.arxiv.toLowerCase()) return true;
  if (reason === 'arXiv id' || !a.doi || !b.doi || ARXIV_DOI.test(a.doi) || ARXIV_DOI.test(b.doi)) return false;
  return a.doi.toLowerCase() !== b.doi.toLowerCase() && !isPreprintAndJournal(a, b);
}

/** Items of both lists, each once, in first-seen order; undefined when both are empty. */
function union<T>(a: readonly T[] | undefined, b: readonly T[] | undefined): T[] | undefined {
  const out = [...new Set([...(a ?? []), ...(b ?? [])])];
  return out.length ? out : undefined;
}

/** The fields that say where a paper appeared, as one record gave them. */
function citationDetails(r: SourceRecord) {
  const { kind, volume, issue, pages, publisher, editors } = r;
  return { kind, volume, issue, pages, publisher, editors };
}

/**
 * Combines a paper's records: place and listing date of the first; the title
 * and venue of the first, unless it is a preprint (by its DOI) and the second
 * its journal version; the longer abstract and author list; the more precise
 * date; the first arXiv id; a journal DOI over a preprint server's; every
 * category, keyword and link.
 */
function combine(a: SourceRecord, b: SourceRecord): SourceRecord {
  const journalSecond = isPreprintDoi(a.doi) && hasJournalDoi(b);
  const longer = <T>(x: readonly T[] | undefined, y: readonly T[] | undefined) => ((y?.length ?? 0) > (x?.length ?? 0) ? y : x);
  const fields = {
    listed: a.listed ?? b.listed,
    authors: longer(a.authors, b.authors),
    date: (b.date?.length ?? 0) > (a.date?.length ?? 0) ? b.date : a.date,
    venue: journalSecond ? (b.venue ?? a.venue) : (a.venue ?? b.venue),
    // Kind, volume, pages and the like travel with the venue they belong to.
    ...citationDetails(journalSecond ? (b.venue ? b : a) : a.venue || !b.venue ? a : b),
    organizations: union(a.organizations, b.organizations),
    arxiv: a.arxiv ?? b.arxiv,
    doi: a.doi && !(isPreprintDoi(a.doi) && b.doi) ? a.doi : b.doi,
    categories: union(a.categories, b.categories),
    keywords: union(a.keywords, b.keywords),
    selected: a.selected ?? b.selected,
    urls: unionLinks(a.urls, b.urls),
  };
  const abstractLength = (r: SourceRecord) => r.abstract.join(' ').length;
  return {
    title: journalSecond ? b.title : a.title,
    abstract: abstractLength(b) > abstractLength(a) ? b.abstract : a.abstract,
    file: a.file,
    line: a.line,
    ...(Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<SourceRecord>),
  };
}

/** What a merge report says: which two records, and why they are one paper. */
function mergeMessage(record: SourceRecord, first: SourceRecord, before: SourceRecord, reason: Reason): string {
  const title = `"${record.title.slice(0, 60)}"`;
  const fix = 'Remove one of the two records to silence this.';
  if (reason !== 'title and first author' || !isPreprintAndJournal(before, record)) return `${title} is the paper at ${first.file}:${first.line} (same ${reason}); both make one page. ${fix}`;
  const [preprint, journal] = isPreprintDoi(record.doi) ? [record.doi, before.doi] : [before.doi, record.doi];
  return `${title} and the paper at ${first.file}:${first.line} are a preprint (${preprint}) and its journal version (${journal}), with the same title and first author; both make one page, with the journal's DOI and venue. ${fix}`;
}

/**
 * Makes one record of each paper that arrives from several sources: records
 * with the same arXiv id (version ignored), the same DOI (case-insensitive),
 * or the same normalised title and first author's surname are merged, unless
 * their arXiv ids or DOIs differ; a preprint server's DOI and a journal's do
 * not count as differing, so a bioRxiv, arXiv, SSRN or Research Square
 * preprint and its journal version make one page. A shared title alone never
 * merges, so different papers with one title stay apart. Each merge is reported (as
 * `info`) at the later record's place, naming the first one's. Output keeps
 * the order of each paper's first record.
 */
export function mergeRecords(records: readonly SourceRecord[]): { records: SourceRecord[]; diagnostics: Diagnostic[]; groups: SourceRecord[][] } {
  const merged: SourceRecord[] = [];
  const groups: SourceRecord[][] = [];
  const byKey = new Map<string, number>();
  const diagnostics: Diagnostic[] = [];
  for (const record of records) {
    const keys = keysOf(record);
    let target: { index: number; reason: Reason } | undefined;
    for (const [key, reason] of keys) {
      const index = byKey.get(key);
      if (index !== undefined && !conflicts(merged[index]!, record, reason)) {
        target = { index, reason };
        break;
      }
    }
    if (!target) {
      for (const [key] of keys) if (!byKey.has(key)) byKey.set(key, merged.length);
      merged.push(record);
      groups.push([record]);
      continue;
    }
    const first = groups[target.index]![0]!;
    const before = merged[target.index]!;
    groups[target.index]!.push(record);
    merged[target.index] = combine(before, record);
    for (const [key] of keysOf(merged[target.index]!)) if (!byKey.has(key)) byKey.set(key, target.index);
    diagnostics.push({
      file: record.file,
      line: record.line,
      severity: 'info',
      rule: 'paper-merged',
      message: mergeMessage(record, first, before, target.reason),
    });
  }
  return { records: merged, diagnostics, groups };
}

/**
 * Drops the "no abstract" warnings of records that were merged into a paper
 * that has an abstract from another source: its page is not without one.
 * `groups` are the source records of each merged record, as
 * {@link mergeRecords} returns them.
 */
export function dropSettledWarnings(diagnostics: readonly Diagnostic[], merged: readonly SourceRecord[], groups: readonly SourceRecord[][]): Diagnostic[] {
  const settled = new Set<string>();
  groups.forEach((group, i) => {
    if (group.length > 1 && merged[i]!.abstract.length > 0) for (const r of group) settled.add(`${r.file}:${r.line}`);
  });
  return diagnostics.filter((d) => !(d.severity === 'warning' && d.rule.endsWith('-no-abstract') && settled.has(`${d.file}:${d.line}`)));
}
