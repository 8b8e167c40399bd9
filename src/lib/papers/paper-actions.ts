/**
 * The action bar under a paper's title: which links it offers, with which
 * labels and addresses. One click should reach the paper, so the PDF comes
 * first; a paper the source gives no way to (no arXiv id, DOI or PDF) gets
 * searches for its title instead.
 */
import type { PaperData } from '../paper-schema.ts';
import { arxivUrl, doiUrl } from './paper-meta.ts';
import type { LinkKind } from './link-kinds.ts';

/** One link of the action bar. */
export interface PaperAction {
  /** What it leads to: a link kind, `arxiv`, `doi`, or `search` for a title search. */
  kind: LinkKind | 'arxiv' | 'doi' | 'search';
  /** The visible text, unique on the bar (`Code`, `Code 2`); a search's is the site searched. */
  label: string;
  href: string;
}

/** Visible names of the link kinds. */
const LABELS: Record<LinkKind, string> = {
  pdf: 'PDF', code: 'Code', project: 'Project page', slides: 'Slides', poster: 'Poster',
  video: 'Video', supplement: 'Supplement', blog: 'Blog post', html: 'HTML',
};

/** The order of the bar after PDF, arXiv and DOI. */
const AFTER_IDS: readonly LinkKind[] = ['code', 'project', 'slides', 'poster', 'video', 'supplement', 'blog', 'html'];

/** The PDF of an arXiv paper (the newest version). */
export function arxivPdfUrl(id: string): string {
  return `https://arxiv.org/pdf/${id}`;
}

/** Title searches on arXiv, Google Scholar and Semantic Scholar, for a paper with no identifier; labelled by the site searched. */
export function titleSearches(title: string): PaperAction[] {
  // Dollar signs of TeX math only get in the way of a search engine.
  const q = encodeURIComponent(title.replace(/\$/g, '').replace(/\s+/g, ' ').trim());
  return [
    { kind: 'search', label: 'arXiv', href: `https://arxiv.org/search/?query=${q}&searchtype=title` },
    { kind: 'search', label: 'Google Scholar', href: `https://scholar.google.com/scholar?q=${q}` },
    { kind: 'search', label: 'Semantic Scholar', href: `https://www.semanticscholar.org/search?q=${q}` },
  ];
}

/** Labels links of one kind: the first by the kind's name, the others numbered. */
function labelled(kind: LinkKind, urls: readonly string[]): PaperAction[] {
  return urls.map((href, i) => ({ kind, label: i === 0 ? LABELS[kind] : `${LABELS[kind]} ${i + 1}`, href }));
}

/**
 * The links of a paper's action bar, in order: PDF (the source's, else
 * arXiv's), arXiv, DOI, code, project page, slides, poster, video,
 * supplement, blog post, HTML version. Without an arXiv id, DOI or PDF, the
 * bar ends with the {@link titleSearches}.
 */
export function paperActions(paper: Pick<PaperData, 'title' | 'arxiv' | 'doi' | 'links'>): PaperAction[] {
  const pdf = paper.links.pdf?.length ? paper.links.pdf : paper.arxiv ? [arxivPdfUrl(paper.arxiv)] : [];
  const arxiv = arxivUrl(paper);
  const doi = doiUrl(paper);
  const actions: PaperAction[] = [
    ...labelled('pdf', pdf),
    ...(arxiv ? [{ kind: 'arxiv' as const, label: 'arXiv', href: arxiv }] : []),
    ...(doi ? [{ kind: 'doi' as const, label: 'DOI', href: doi }] : []),
    ...AFTER_IDS.flatMap((kind) => labelled(kind, paper.links[kind] ?? [])),
  ];
  return pdf.length || arxiv || doi ? actions : [...actions, ...titleSearches(paper.title)];
}

/** The link that leads to the paper itself (its PDF, else its arXiv or DOI page), which the bar sets apart; none for a paper found only by search. */
export function primaryAction(actions: readonly PaperAction[]): PaperAction | undefined {
  return actions.find((a) => a.kind === 'pdf') ?? actions.find((a) => a.kind === 'arxiv' || a.kind === 'doi');
}
