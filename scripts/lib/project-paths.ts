import { resolve } from 'node:path';

/**
 * Where the build reads and writes. `CONTENT_DIR` points at another content
 * folder (the tests build fixture corpora this way); the default is `content/`.
 */
export function projectPaths(root = process.cwd()) {
  const content = resolve(root, process.env.CONTENT_DIR ?? 'content');
  return {
    root,
    content,
    sources: resolve(content, 'sources'),
    papers: resolve(content, 'papers'),
    notes: resolve(content, 'notes'),
    topics: resolve(content, 'topics.yaml'),
  };
}
