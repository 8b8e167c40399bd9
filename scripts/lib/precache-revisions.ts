import { createHash, hash } from 'node:crypto';
import { closeSync, fstatSync, mkdirSync, openSync, readFileSync, readSync, statSync, type Stats } from 'node:fs';
import { dirname, join } from 'node:path';
import { MAXIMUM_FILE_SIZE, oversizeWarning } from '../../src/lib/offline/precache-manifest.ts';
import { cachedRevision, parseRevisionCache, recordRevisions, type FileStamp } from '../../src/lib/offline/revision-cache.ts';
import { writeFileAtomic } from './fs-output.ts';

/** A precached file with its size and revision. */
export interface RevisedFile {
  path: string;
  size: number;
  revision: string;
}

/** What {@link reviseFiles} found, and how many files it had to read. */
export interface Revisions {
  files: RevisedFile[];
  warnings: string[];
  /** Files read and hashed; the others kept their revision from the last build. */
  hashed: number;
}

/** Where the revisions of the built site at `site` (an absolute path) are kept between builds. */
export function revisionCachePath(cacheDir: string, site: string): string {
  return join(cacheDir, `revisions-${createHash('sha256').update(site).digest('hex').slice(0, 16)}.json`);
}

function readIfPresent(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

const stampOf = ({ size, mtimeMs, ino }: Stats): FileStamp => ({ size, mtimeMs, ino });

/** One buffer for every file read, grown as needed, rather than one allocation per file. */
let buffer = Buffer.allocUnsafe(1 << 20);

/** Reads at most `size` bytes of an open file from its start. */
function readOpen(fd: number, size: number): Buffer {
  if (buffer.length < size) buffer = Buffer.allocUnsafe(size);
  let read = 0;
  for (let n = -1; read < size && n !== 0; read += n) n = readSync(fd, buffer, read, size - read, read);
  return buffer.subarray(0, read);
}

/**
 * Revisions (MD5 of the content, hex, as Workbox computes them, so a visitor
 * of the previous build re-downloads only what changed) of `paths` relative
 * to `site`, leaving out files too big to precache. Files unchanged since the
 * last build of the same folder, by the cache at `cachePath`, are not read;
 * the cache is then rewritten for this build's files.
 */
export async function reviseFiles(site: string, paths: readonly string[], cachePath: string): Promise<Revisions> {
  const cache = parseRevisionCache(readIfPresent(cachePath), site);
  const files: (RevisedFile & { stamp: FileStamp })[] = [];
  const warnings: string[] = [];
  let hashed = 0;
  // Synchronous reads: the files were just written and sit in the page cache,
  // where one file after the other is 2-3 times faster than concurrent reads.
  for (const path of paths) {
    const full = join(site, path);
    if (Object.hasOwn(cache.files, path)) {
      const stamp = stampOf(statSync(full));
      const revision = cachedRevision(cache, path, stamp);
      if (revision !== undefined) {
        files.push({ path, size: stamp.size, stamp, revision });
        continue;
      }
    }
    const fd = openSync(full, 'r');
    try {
      const stamp = stampOf(fstatSync(fd));
      if (stamp.size > MAXIMUM_FILE_SIZE) warnings.push(oversizeWarning(path, stamp.size));
      else {
        files.push({ path, size: stamp.size, stamp, revision: hash('md5', readOpen(fd, stamp.size)) });
        hashed++;
      }
    } finally {
      closeSync(fd);
    }
  }
  // Nothing read and no file gone: the cache already says exactly this.
  if (hashed > 0 || files.length !== Object.keys(cache.files).length) {
    mkdirSync(dirname(cachePath), { recursive: true });
    await writeFileAtomic(cachePath, JSON.stringify(recordRevisions(site, files)));
  }
  return { files: files.map(({ path, size, revision }) => ({ path, size, revision })), warnings, hashed };
}
