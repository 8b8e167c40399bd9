/** Site-relative path of a paper's BibTeX file. */
export function paperBibPath(slug: string): string {
  return `papers/${encodeURIComponent(slug)}.bib`;
}

/** Site-relative path of the BibTeX file with every paper of a topic. */
export function topicBibPath(slug: string): string {
  return `topics/${encodeURIComponent(slug)}.bib`;
}
