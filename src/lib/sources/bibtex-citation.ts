import type { Creator, Entry } from '@retorquere/bibtex-parser';
import type { PaperKind } from '../citations/paper-kind.ts';
import { cleanInline } from '../papers/clean-text.ts';
import { cleanList, cleanName } from './fields.ts';
import type { RecordMetadata } from './source-record.ts';

/** The kind of paper each BibTeX and biblatex entry type is; types not listed say nothing (`@misc`). */
const KINDS: Record<string, PaperKind> = {
  article: 'article',
  inproceedings: 'inproceedings',
  conference: 'inproceedings',
  incollection: 'incollection',
  inbook: 'incollection',
  book: 'book',
  phdthesis: 'thesis',
  mastersthesis: 'thesis',
  thesis: 'thesis',
  techreport: 'report',
  report: 'report',
  preprint: 'preprint',
};

/** Entry types that are volumes other entries are part of, not papers, when they donate fields. */
const VOLUMES = new Set(['proceedings', 'mvproceedings', 'book', 'mvbook', 'collection', 'mvcollection']);

/** `Jürgen Müller`, `Jan van der Berg`, or the literal name (`{OpenAI}`); undefined for `others`. */
export function creatorName(c: Creator): string | undefined {
  const name = cleanName(c.name ?? [c.firstName, c.prefix, c.lastName, c.suffix].filter(Boolean).join(' '));
  return name && name !== 'others' ? name : undefined;
}

/** A field the parser gives as a list (publisher, institution) or a string, as one string. */
function joined(value: string | string[] | undefined): string | undefined {
  const text = cleanInline((Array.isArray(value) ? value.join('; ') : (value ?? '')).replace(/[{}]/g, ''));
  return text || undefined;
}

/**
 * What a BibTeX entry says about where the paper appeared: its kind (from the
 * entry type; an `@article` whose journal is only "arXiv preprint" is a
 * preprint), volume, issue (`number`), pages, publisher (or the school of a
 * thesis, the institution of a report), editors, and which authors and
 * editors are organisations: the names written in braces (`{OpenML
 * Collective}`), which BibTeX keeps as one name. `hasVenue` says whether the
 * reader kept a venue.
 */
export function bibtexCitationFields(entry: Entry, hasVenue: boolean): Partial<RecordMetadata> {
  const f = entry.fields;
  const type = entry.type.toLowerCase();
  const creators = [...(f.author ?? []), ...(f.editor ?? [])];
  const fields = {
    kind: type === 'article' && !hasVenue ? 'preprint' : KINDS[type],
    volume: joined(f.volume),
    issue: joined(f.number ?? f.issue),
    pages: joined(f.pages),
    publisher: joined(f.publisher ?? f.school ?? f.institution ?? f.organization),
    editors: cleanList(f.editor?.map(creatorName)),
    organizations: cleanList(creators.filter((c) => c.name !== undefined).map(creatorName)),
  };
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<RecordMetadata>;
}

/**
 * Gives papers of a proceedings volume exported as one file what they
 * inherit: when a file holds a single `@proceedings` entry, each
 * `@inproceedings` entry without a `booktitle` or `year` (and no `crossref`
 * of its own) takes the volume's booktitle (or title) as its booktitle and its year, month,
 * editors, volume, series and publisher where it has none, as proceedings
 * sites export them. Entries are changed in place; returns the volume entry
 * when it gave anything.
 */
export function inheritFromProceedingsFile(entries: readonly Entry[]): Entry | undefined {
  const volumes = entries.filter((e) => e.type.toLowerCase() === 'proceedings');
  const volume = volumes.length === 1 ? volumes[0]! : undefined;
  if (!volume) return undefined;
  const from = volume.fields as Record<string, unknown>;
  let gave = false;
  for (const entry of entries) {
    const to = entry.fields as Record<string, unknown>;
    if (entry.type.toLowerCase() !== 'inproceedings' || to.crossref || (to.booktitle && to.year)) continue;
    gave = true;
    // PMLR names the volume in `booktitle`, other sites in `title`.
    if (to.booktitle === undefined) to.booktitle = from.booktitle ?? from.title;
    for (const [target, source] of [['year', 'year'], ['month', 'month'], ['date', 'date'], ['editor', 'editor'], ['volume', 'volume'], ['series', 'series'], ['publisher', 'publisher']] as const) {
      if (to[target] === undefined && from[source] !== undefined) to[target] = from[source];
    }
  }
  return gave ? volume : undefined;
}

/** True for a volume entry (`@proceedings`, `@book`) that only gives fields to the papers in it. */
export function isDonorVolume(entry: Entry, proceedingsFileVolume: Entry | undefined): boolean {
  return entry === proceedingsFileVolume || (VOLUMES.has(entry.type.toLowerCase()) && (entry.crossref?.donated.length ?? 0) > 0);
}
