/**
 * Remembers each precached file's revision (its content hash) between builds
 * into the same folder, so the build re-reads only files that were written
 * again. Incremental builds hard-link unchanged pages from the previous
 * output: they keep their inode, size and modification time.
 */

/** Bumped when the stored shape or the hash changes. */
const VERSION = 1;

/** What tells, without reading a file, that it is the very file hashed before. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  ino: number;
}

/** One file as the cache keeps it: its stamp and revision. */
type CachedFile = [size: number, mtimeMs: number, ino: number, revision: string];

/** The revisions of one built site's files at its last build, by path relative to the site. */
export interface RevisionCache {
  /** A cache of another version is ignored. */
  version: typeof VERSION;
  /** The built site's absolute path: a cache made for another folder is ignored. */
  site: string;
  files: Record<string, CachedFile>;
}

/** An empty cache for `site`. */
export function emptyRevisionCache(site: string): RevisionCache {
  return { version: VERSION, site, files: {} };
}

/** Reads a stored cache; a missing, unreadable or foreign one (other version or site) gives an empty cache. */
export function parseRevisionCache(text: string | undefined, site: string): RevisionCache {
  if (!text) return emptyRevisionCache(site);
  try {
    const data = JSON.parse(text) as Partial<RevisionCache> | null;
    if (data?.version !== VERSION || data.site !== site || typeof data.files !== 'object' || data.files === null) return emptyRevisionCache(site);
    return { version: VERSION, site, files: data.files };
  } catch {
    return emptyRevisionCache(site);
  }
}

/**
 * The cached revision of `path` when size, modification time and inode are
 * all unchanged; otherwise undefined and the file must be hashed. A file
 * rewritten in place changes its modification time, a file written anew gets
 * a new inode.
 */
export function cachedRevision(cache: RevisionCache, path: string, stamp: FileStamp): string | undefined {
  const entry = Object.hasOwn(cache.files, path) ? cache.files[path] : undefined;
  if (!entry) return undefined;
  const [size, mtimeMs, ino, revision] = entry;
  return size === stamp.size && mtimeMs === stamp.mtimeMs && ino === stamp.ino && typeof revision === 'string' ? revision : undefined;
}

/** The cache to keep after a build: exactly the files it precached, so removed files drop out. */
export function recordRevisions(site: string, files: readonly { path: string; stamp: FileStamp; revision: string }[]): RevisionCache {
  const cache = emptyRevisionCache(site);
  for (const { path, stamp, revision } of files) cache.files[path] = [stamp.size, stamp.mtimeMs, stamp.ino, revision];
  return cache;
}
