import { resolve } from 'node:path';

/** The file of small search pages for a content folder (see write-search-source.ts), one per content folder. */
export function searchSourceFor(root: string, contentDir: string): string {
  return resolve(root, '.papershelf', 'search', `${contentDir.replace(/[^A-Za-z0-9_-]+/g, '_')}.json`);
}

/**
 * Where the build reads and writes. `CONTENT_DIR` points at another content
 * folder (the tests build fixture corpora this way); the default is `content/`.
 */
export function projectPaths(root = process.cwd()) {
  const contentDir = process.env.CONTENT_DIR ?? 'content';
  const content = resolve(root, contentDir);
  return {
    root,
    content,
    sources: resolve(content, 'sources'),
    papers: resolve(content, 'papers'),
    notes: resolve(content, 'notes'),
    topics: resolve(content, 'topics.yaml'),
    searchSource: searchSourceFor(root, contentDir),
  };
}
