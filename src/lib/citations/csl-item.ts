import { paperDate } from '../feeds/paper-date.ts';
import type { CitablePaper } from './paper-citation.ts';
import { kindOf, type PaperKind } from './paper-kind.ts';

/** A CSL name: a person's parts, or one literal name. */
export interface CslName {
  family?: string;
  given?: string;
  'non-dropping-particle'?: string;
  suffix?: string;
  literal?: string;
}

/** The CSL-JSON item a citation processor formats. */
export interface CslItem {
  id: string;
  type: string;
  title: string;
  author?: CslName[];
  editor?: CslName[];
  issued?: { 'date-parts': number[][] };
  'container-title'?: string;
  volume?: string;
  issue?: string;
  page?: string;
  publisher?: string;
  number?: string;
  DOI?: string;
  URL?: string;
}

/** The CSL type of each kind of paper. */
const TYPES: Record<PaperKind, string> = {
  article: 'article-journal',
  inproceedings: 'paper-conference',
  incollection: 'chapter',
  book: 'book',
  thesis: 'thesis',
  report: 'report',
  preprint: 'article',
  misc: 'document',
};

/** Lower-case words before a surname that belong to it (`van der Berg`, `de la Cruz`). */
const PARTICLE = /^(?:van|von|der|den|de|del|della|di|da|du|la|le|ter|ten|dos|das|zu|bin|ibn|al)$/;

/**
 * Splits a display name into CSL parts: `Last, First` at its comma, `First
 * Last` at its last word, lower-case particles before the surname kept with it
 * as CSL's non-dropping particle, `Jr.` and the like as suffix. An
 * organisation, or a name of one word, is one literal name.
 */
export function cslName(name: string, organization = false): CslName {
  if (organization) return { literal: name };
  let [rest, suffix] = [name.trim(), undefined as string | undefined];
  const jr = /,?\s+(Jr\.?|Sr\.?|II|III|IV)$/.exec(rest);
  if (jr) [rest, suffix] = [rest.slice(0, jr.index), jr[1]];
  let given: string;
  let family: string;
  if (rest.includes(',')) [family, given] = [rest.slice(0, rest.indexOf(',')).trim(), rest.slice(rest.indexOf(',') + 1).trim()];
  else {
    const words = rest.split(/\s+/);
    if (words.length < 2) return { literal: name };
    let at = words.length - 1;
    while (at > 1 && PARTICLE.test(words[at - 1]!)) at--;
    [given, family] = [words.slice(0, at).join(' '), words.slice(at).join(' ')];
  }
  const particle = /^((?:\p{Ll}+\s+)+)(.+)$/u.exec(family);
  return {
    family: particle ? particle[2]! : family,
    ...(given ? { given } : {}),
    ...(particle ? { 'non-dropping-particle': particle[1]!.trim() } : {}),
    ...(suffix ? { suffix } : {}),
  };
}

/**
 * The CSL-JSON item of a paper whose page is at `url`: its kind as the CSL
 * type (`article-journal`, `paper-conference`, `article` for a preprint,
 * `document` when unknown), organisations as literal names, pages with a
 * plain hyphen (styles set the dash), an arXiv preprint with arXiv as
 * publisher and its identifier as number. The page address (`url`) is the
 * URL only when there is neither a DOI, an arXiv link nor a venue to give.
 */
export function cslItemOf(paper: CitablePaper, url: string): CslItem {
  const date = paperDate(paper);
  const type = TYPES[kindOf(paper)];
  const names = (list: readonly string[] | undefined) => list?.map((n) => cslName(n, paper.organizations?.includes(n)));
  const arxivOnly = Boolean(paper.arxiv && !paper.doi && (type === 'article' || type === 'document'));
  const item: CslItem = {
    id: paper.slug,
    type: arxivOnly ? 'article' : type,
    title: paper.title,
    ...(paper.authors?.length ? { author: names(paper.authors)! } : {}),
    ...(paper.editors?.length ? { editor: names(paper.editors)! } : {}),
    ...(date ? { issued: { 'date-parts': [date.split('-').map(Number)] } } : {}),
    ...(paper.venue ? { 'container-title': paper.venue } : {}),
    ...(paper.volume ? { volume: paper.volume } : {}),
    ...(paper.issue ? { issue: paper.issue } : {}),
    ...(paper.pages ? { page: paper.pages.replace(/\s*[-\u2010-\u2015]+\s*/g, '-') } : {}),
    ...(paper.publisher ? { publisher: paper.publisher } : arxivOnly ? { publisher: 'arXiv' } : {}),
    ...(arxivOnly ? { number: `arXiv:${paper.arxiv}` } : {}),
    ...(paper.doi ? { DOI: paper.doi } : {}),
  };
  // A journal or proceedings paper is found by its venue; the summary page is no place to cite it from.
  if (!paper.doi && (paper.arxiv || !paper.venue)) item.URL = paper.arxiv ? `https://arxiv.org/abs/${paper.arxiv}` : url;
  return item;
}
