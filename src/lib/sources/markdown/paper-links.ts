/**
 * Sorts the links of a Markdown entry: arXiv abstract and PDF links give the
 * arXiv id, DOI links the DOI; the rest are code, PDF, slides, project and
 * other links, decided by the field they stand in (`Code:`) or their text
 * (`[GitHub](...)`, `[Slides](...)`), and otherwise by their host.
 */
import { normalizeArxivId, normalizeDoi, sortUrls } from '../fields.ts';
import { unionLinks, type LinkKind, type LinksByKind } from '../../papers/link-kinds.ts';
import type { RecordMetadata } from '../source-record.ts';
import type { FieldKey } from './field-labels.ts';

/** A link as an entry gives it: target, text, and the field it stands in. */
export interface EntryLink {
  url: string;
  text: string;
  key?: FieldKey | 'unknown';
}

const ARXIV_HOST = /^https?:\/\/(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf|html)\//i;
const DOI_HOST = /^https?:\/\/(?:dx\.)?doi\.org\/(10\.\S+)/i;
const CODE_TEXT = /\b(?:code|github|gitlab|repo|repository|source)\b|代码/i;

/** Link texts that name a kind of link other than code (`[PDF](...)`, `[Slides](...)`, `[Video](...)`). */
const KIND_TEXTS: readonly [RegExp, LinkKind][] = [
  [/\bpdf\b/i, 'pdf'],
  [/\bslides?\b/i, 'slides'],
  [/\bposter\b/i, 'poster'],
  [/\b(?:video|talk|youtube)\b/i, 'video'],
  [/\b(?:supp|supplement|supplementary|appendix)\b/i, 'supplement'],
  [/\bblog\b/i, 'blog'],
];

/** The kind a link's field or text gives it, or undefined for its host to decide. */
function linkKind(link: EntryLink): LinkKind | undefined {
  if (link.key === 'code' || CODE_TEXT.test(link.text)) return 'code';
  if (link.key === 'pdf') return 'pdf';
  const named = KIND_TEXTS.find(([pattern]) => pattern.test(link.text));
  if (named) return named[1];
  return link.key === 'project' ? 'project' : undefined;
}

/** The arXiv id, DOI and links by kind among an entry's links. */
export function sortEntryLinks(links: readonly EntryLink[]): Pick<RecordMetadata, 'arxiv' | 'doi' | 'urls'> {
  let arxiv: string | undefined;
  let doi: string | undefined;
  const sorted: (LinksByKind | undefined)[] = [];
  for (const link of links) {
    if (ARXIV_HOST.test(link.url)) {
      arxiv ??= normalizeArxivId(link.url);
      continue;
    }
    const doiMatch = DOI_HOST.exec(link.url);
    if (doiMatch) {
      doi ??= normalizeDoi(decodeURIComponent(doiMatch[1]!));
      continue;
    }
    sorted.push(sortUrls([link.url], linkKind(link)));
  }
  const urls = unionLinks(...sorted);
  return {
    ...(arxiv ? { arxiv } : {}),
    ...(doi ? { doi } : {}),
    ...(urls ? { urls } : {}),
  };
}
