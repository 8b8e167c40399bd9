/**
 * The kinds of link a paper page offers besides its arXiv id and DOI, named
 * as the link fields of academic-site BibTeX themes name them (`pdf`,
 * `slides`, `poster`, `video`, `supp`, `blog`, `html`). `code` and `project`
 * are always present in the front matter (the search facet `has code` reads
 * `code`); the others only when the source gave such a link.
 */
export const LINK_KINDS = ['pdf', 'code', 'project', 'slides', 'poster', 'video', 'supplement', 'blog', 'html'] as const;

/** One kind of link. */
export type LinkKind = (typeof LINK_KINDS)[number];

/** Link kinds that are written to the front matter only when not empty. */
export const OPTIONAL_LINK_KINDS = LINK_KINDS.filter((k) => k !== 'code' && k !== 'project') as Exclude<LinkKind, 'code' | 'project'>[];

/** Links of a record, by kind; absent kinds have none. */
export type LinksByKind = Partial<Record<LinkKind, string[]>>;

/** The URL's path ends in `.pdf`: a PDF file, whatever field it came from. */
export function isPdfUrl(url: string): boolean {
  return /\.pdf$/i.test(new URL(url).pathname);
}

/**
 * Joins link lists kind by kind, each URL once and in the first list's order;
 * kinds left empty are omitted. Returns undefined when no link is left.
 */
export function unionLinks(...lists: readonly (LinksByKind | undefined)[]): LinksByKind | undefined {
  const out: LinksByKind = {};
  for (const kind of LINK_KINDS) {
    const urls = [...new Set(lists.flatMap((l) => l?.[kind] ?? []))];
    if (urls.length) out[kind] = urls;
  }
  return Object.keys(out).length ? out : undefined;
}
