import type { PaperKind } from '../citations/paper-kind.ts';
import { cleanInline } from '../papers/clean-text.ts';
import { cleanList, cleanName } from './fields.ts';
import type { RecordMetadata } from './source-record.ts';

/** A CSL name: a person's parts, or one `literal` name (an organisation). */
export interface CslName {
  given?: string;
  family?: string;
  literal?: string;
  'non-dropping-particle'?: string;
}

/** The CSL-JSON fields that say where a paper appeared. */
export interface CslCitationItem {
  type?: string;
  volume?: string | number;
  issue?: string | number;
  page?: string | number;
  publisher?: string;
  editor?: CslName[];
  author?: CslName[];
}

/** The kind of paper each CSL item type is; types not listed say nothing. CSL's `article` is a preprint. */
const KINDS: Record<string, PaperKind> = {
  'article-journal': 'article',
  'paper-conference': 'inproceedings',
  chapter: 'incollection',
  book: 'book',
  thesis: 'thesis',
  report: 'report',
  article: 'preprint',
};

/** `Jürgen Müller` from its parts, or the literal name. */
export function cslNameText(name: CslName): string | undefined {
  return cleanName(name.literal ?? [name.given, name['non-dropping-particle'], name.family].filter(Boolean).join(' '));
}

/** A number or string field as trimmed text; undefined when empty. */
const text = (value: string | number | undefined) => cleanInline(value === undefined ? '' : String(value)) || undefined;

/**
 * What a CSL-JSON item says about where the paper appeared: its kind (from
 * `type`), volume, issue, pages (`page`), publisher, editors, and which
 * authors and editors are organisations (`literal` names).
 */
export function cslCitationFields(item: CslCitationItem): Partial<RecordMetadata> {
  const names = [...(item.author ?? []), ...(item.editor ?? [])];
  const fields = {
    kind: item.type ? KINDS[item.type] : undefined,
    volume: text(item.volume),
    issue: text(item.issue),
    pages: text(item.page),
    publisher: text(item.publisher),
    editors: cleanList(item.editor?.map(cslNameText)),
    organizations: cleanList(names.filter((n) => n.literal).map(cslNameText)),
  };
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<RecordMetadata>;
}
