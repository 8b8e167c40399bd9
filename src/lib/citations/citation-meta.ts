/** One `<meta name content>` pair. */
export interface MetaTag {
  name: string;
  content: string;
}

/**
 * Google Scholar's `citation_*` meta tags for a paper page: the title always,
 * each author and the publication date (`YYYY/MM/DD`, as Scholar asks) when known.
 */
export function citationMeta(paper: { title: string; authors?: readonly string[] | undefined; date?: string | undefined }): MetaTag[] {
  return [
    { name: 'citation_title', content: paper.title },
    ...(paper.authors ?? []).map((content) => ({ name: 'citation_author', content })),
    ...(paper.date ? [{ name: 'citation_publication_date', content: paper.date.replaceAll('-', '/') }] : []),
  ];
}
