import { resolve } from 'node:path';

/** The file of small search pages for a content folder (see write-search-source.ts), one per content folder. */
export function searchSourceFor(root: string, contentDir: string): string {
  return resolve(root, '.papershelf', 'search', `${contentDir.replace(/[^A-Za-z0-9_-]+/g, '_')}.json`);
}

/**
 * Where the build reads and writes, for the content folder of the settings
 * (`CONTENT_DIR`: the tests build fixture corpora this way).
 */
export function projectPaths(root: string, contentDir: string) {
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
