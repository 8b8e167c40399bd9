import { describe, expect, test } from 'vitest';
import { cachedRevision, emptyRevisionCache, parseRevisionCache, recordRevisions, type FileStamp } from '../../../src/lib/offline/revision-cache.ts';

const SITE = '/project/.papershelf/staging/abc';
const stamp: FileStamp = { size: 120, mtimeMs: 1767225600123.456, ino: 4711 };
const cache = recordRevisions(SITE, [{ path: 'papers/a/index.html', stamp, revision: 'd41d8cd98f00b204e9800998ecf8427e' }]);

describe('cachedRevision', () => {
  test('reuses the revision when size, modification time and inode are unchanged', () => {
    expect(cachedRevision(cache, 'papers/a/index.html', { ...stamp })).toBe('d41d8cd98f00b204e9800998ecf8427e');
  });

  test.each([
    ['the size changed', { ...stamp, size: 121 }],
    ['the file was rewritten in place', { ...stamp, mtimeMs: stamp.mtimeMs + 0.001 }],
    ['the file was written anew', { ...stamp, ino: 4712 }],
  ])('asks for a new hash when %s', (_, changed) => {
    expect(cachedRevision(cache, 'papers/a/index.html', changed)).toBeUndefined();
  });

  test.each(['papers/b/index.html', '__proto__', 'constructor', 'toString'])('asks for a hash of %s, which it has not seen', (path) => {
    expect(cachedRevision(cache, path, stamp)).toBeUndefined();
  });
});

describe('parseRevisionCache', () => {
  test('reads back what recordRevisions made', () => {
    expect(parseRevisionCache(JSON.stringify(cache), SITE)).toEqual(cache);
  });

  test.each([
    ['no cache yet', undefined],
    ['an unreadable file', '{"version":1,'],
    ['null', 'null'],
    ['another version', JSON.stringify({ ...cache, version: 0 })],
    ['another folder', JSON.stringify({ ...cache, site: '/elsewhere' })],
    ['no file list', JSON.stringify({ version: 1, site: SITE })],
  ])('starts empty from %s', (_, text) => {
    expect(parseRevisionCache(text, SITE)).toEqual(emptyRevisionCache(SITE));
  });
});

describe('recordRevisions', () => {
  test('keeps exactly the files of this build', () => {
    const next = recordRevisions(SITE, [{ path: 'index.html', stamp, revision: 'r' }]);
    expect(Object.keys(next.files)).toEqual(['index.html']);
    expect(cachedRevision(next, 'papers/a/index.html', stamp)).toBeUndefined();
  });
});
