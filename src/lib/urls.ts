/** Joins the site's base path and a site-relative path: `withBase('/x/', 'papers/a/')` is `/x/papers/a/`. */
export function withBase(base: string, path = ''): string {
  // The usual case, called for every link of every page: a base with its one trailing slash.
  if (base.endsWith('/') && !base.endsWith('//') && !path.startsWith('/')) return base + path;
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/** Site-relative path of a paper page. */
export function paperPath(slug: string): string {
  return `papers/${encodeURIComponent(slug)}/`;
}

/** Site-relative path of a topic page. */
export function topicPath(slug: string): string {
  return `topics/${encodeURIComponent(slug)}/`;
}
