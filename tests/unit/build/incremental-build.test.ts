import { accessSync, constants, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { readTree, writeTree } from '../../helpers/temp-tree.ts';
import { carryOver, carryOverLists, hashOutput, readManifest, signBuild, writeManifest, type BuildManifest } from '../../../scripts/lib/incremental-build.ts';
import { pagesToRender, type PageSignatures } from '../../../src/lib/incremental/page-signatures.ts';
import { settingsOrThrow } from '../../../src/lib/settings/read-settings.ts';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary folder under `parent`, removed after the test. */
function tempDir(parent = tmpdir()): string {
  const dir = mkdtempSync(join(parent, 'papershelf-incremental-'));
  made.push(dir);
  return dir;
}

/** A folder on another file system than the temporary folder (where hard links fail with EXDEV), if this machine has one. */
const otherFileSystem = ['/dev/shm', '/var/tmp'].find((dir) => {
  try {
    return statSync(dir).dev !== statSync(tmpdir()).dev && (accessSync(dir, constants.W_OK), true);
  } catch {
    return false;
  }
});

/** A previous output folder with every kind of page a site has. */
const previousSite = {
  'index.html': 'home',
  'search/index.html': 'search',
  'papers.json': '[]',
  'papers/a/index.html': 'page a',
  'papers/b/index.html': 'page b',
  'papers/c/index.html': 'page c',
  'papers/a.bib': '@article{a}',
  '_astro/site.css': 'old site css',
  '_astro/paper.css': 'paper css',
  '_astro/chunks/math.js': 'math',
  'topics/index.html': 'topic index',
  'topics/ml/index.html': 'ml page 1',
  'topics/ml/2/index.html': 'ml page 2',
  'topics/ml/newest/index.html': 'ml newest',
  'topics/ml/atom.xml': 'atom',
  'topics/ml/rss.xml': 'rss',
  'topics/ml.bib': 'bib',
  'all/index.html': 'all 1',
  'all/2/index.html': 'all 2',
  'authors/index.html': 'authors',
  'authors/jane-doe/index.html': 'jane',
  'years/index.html': 'years',
  'years/2024/index.html': '2024',
  'atom.xml': 'feed',
  'sitemap.xml': 'sitemap',
};

/** What the new build wrote itself before carrying over. */
const newBuild = { 'index.html': 'new home', 'papers.json': '[1]', 'papers/b/index.html': 'new page b', '_astro/site.css': 'new site css' };

describe('carryOver', () => {
  test('carries exactly the named paper pages the previous output has, hard-linked, and counts them', async () => {
    const previous = tempDir();
    writeTree(previous, previousSite);
    const staging = tempDir();

    expect(await carryOver(previous, staging, ['a', 'c', 'gone'])).toBe(2);

    expect(readTree(staging)).toEqual({
      'papers/a/index.html': 'page a',
      'papers/c/index.html': 'page c',
      '_astro/site.css': 'old site css',
      '_astro/paper.css': 'paper css',
      '_astro/chunks/math.js': 'math',
    });
    expect(statSync(join(staging, 'papers/a/index.html')).ino).toBe(statSync(join(previous, 'papers/a/index.html')).ino);
  });

  test('never overwrites a page or asset the new build wrote, and does not count such a page', async () => {
    const previous = tempDir();
    writeTree(previous, previousSite);
    const staging = tempDir();
    writeTree(staging, newBuild);

    expect(await carryOver(previous, staging, ['a', 'b'])).toBe(1);

    expect(readTree(staging)).toEqual({
      ...newBuild,
      'papers/a/index.html': 'page a',
      '_astro/paper.css': 'paper css',
      '_astro/chunks/math.js': 'math',
    });
    // Not even through a link: the previous site's file is untouched.
    expect(readFileSync(join(previous, 'papers/b/index.html'), 'utf8')).toBe('page b');
  });

  test('carries nothing and counts none when no pages are named and there are no assets', async () => {
    const previous = tempDir();
    writeTree(previous, { 'papers/a/index.html': 'page a' });
    const staging = tempDir();
    expect(await carryOver(previous, staging, [])).toBe(0);
    expect(readTree(staging)).toEqual({});
  });

  test.skipIf(!otherFileSystem)('copies what it cannot link, from another file system', async () => {
    const previous = tempDir(otherFileSystem);
    writeTree(previous, previousSite);
    const staging = tempDir();
    writeTree(staging, newBuild);

    expect(await carryOver(previous, staging, ['a', 'b', 'c'])).toBe(2);
    expect(readTree(staging)).toMatchObject({ 'papers/a/index.html': 'page a', 'papers/b/index.html': 'new page b', 'papers/c/index.html': 'page c', '_astro/site.css': 'new site css' });
  });
});

describe('carryOverLists', () => {
  const listPages = {
    'topics/ml/index.html': 'ml page 1',
    'topics/ml/2/index.html': 'ml page 2',
    'topics/ml/newest/index.html': 'ml newest',
    'all/index.html': 'all 1',
    'all/2/index.html': 'all 2',
    'authors/index.html': 'authors',
    'authors/jane-doe/index.html': 'jane',
    'years/index.html': 'years',
    'years/2024/index.html': '2024',
  };

  test('carries the pages of each topic, the all-papers, author and year pages, and nothing else', async () => {
    const previous = tempDir();
    writeTree(previous, previousSite);
    const staging = tempDir();

    expect(await carryOverLists(previous, staging)).toBe(Object.keys(listPages).length);
    expect(readTree(staging)).toEqual(listPages);
  });

  test('never overwrites a list page the new build wrote, and does not count it', async () => {
    const previous = tempDir();
    writeTree(previous, previousSite);
    const staging = tempDir();
    writeTree(staging, { 'topics/ml/index.html': 'new ml page 1', 'years/index.html': 'new years' });

    expect(await carryOverLists(previous, staging)).toBe(Object.keys(listPages).length - 2);
    expect(readTree(staging)).toEqual({ ...listPages, 'topics/ml/index.html': 'new ml page 1', 'years/index.html': 'new years' });
  });

  test('carries nothing from an output without list pages', async () => {
    const previous = tempDir();
    writeTree(previous, { 'index.html': 'home', 'topics/index.html': 'topic index', 'topics/ml/atom.xml': 'atom' });
    const staging = tempDir();
    expect(await carryOverLists(previous, staging)).toBe(0);
    expect(readTree(staging)).toEqual({});
  });
});

/** An output folder and the manifest of the build that wrote it. */
async function builtSite(): Promise<{ outDir: string; path: string; manifest: BuildManifest }> {
  const root = tempDir();
  const outDir = join(root, 'dist');
  writeTree(outDir, previousSite);
  const manifest = { shared: 's', pages: { a: '1', b: '2', c: '3' }, lists: 'l', output: (await hashOutput(outDir)) ?? '' };
  const path = join(root, '.papershelf', 'manifests', 'site.json');
  await writeManifest(path, manifest);
  return { outDir, path, manifest };
}

describe('readManifest', () => {
  test('returns the manifest while the output folder is as the build left it', async () => {
    const { outDir, path, manifest } = await builtSite();
    expect(manifest.output).toMatch(/^[0-9a-f]{16}$/);
    expect(await readManifest(path, outDir)).toEqual(manifest);
  });

  const changes: [string, (outDir: string) => void][] = [
    ['a page is edited', (out) => writeFileSync(join(out, 'papers/a/index.html'), 'page a, edited by hand')],
    [
      'a page is edited to the same size',
      (out) => {
        writeFileSync(join(out, 'papers/a/index.html'), 'page A');
        // On a file system with coarse timestamps the edit could keep the time to the millisecond; a later edit would not.
        utimesSync(join(out, 'papers/a/index.html'), new Date(), new Date(Date.now() + 2000));
      },
    ],
    ['a page is deleted', (out) => rmSync(join(out, 'papers/c/index.html'))],
    ['a page is added', (out) => writeTree(out, { 'papers/d/index.html': 'page d' })],
    ['papers.json is edited', (out) => writeFileSync(join(out, 'papers.json'), '[{}]')],
    ['papers.json is missing', (out) => rmSync(join(out, 'papers.json'))],
    ['the output folder is missing', (out) => rmSync(out, { recursive: true })],
  ];
  test.each(changes)('returns undefined when %s since the build', async (_, change) => {
    const { outDir, path } = await builtSite();
    change(outDir);
    expect(await readManifest(path, outDir)).toBeUndefined();
  });

  test('returns undefined when the manifest file is missing', async () => {
    const { outDir, path } = await builtSite();
    rmSync(path);
    expect(await readManifest(path, outDir)).toBeUndefined();
  });

  test.each([
    ['cut short', (text: string) => text.slice(0, text.length / 2)],
    ['empty', () => ''],
    ['null', () => 'null'],
    ['without page signatures', (text: string) => JSON.stringify({ ...JSON.parse(text), pages: undefined })],
    ['without the output fingerprint', (text: string) => JSON.stringify({ ...JSON.parse(text), output: undefined })],
  ])('returns undefined when the manifest file is %s', async (_, corrupt) => {
    const { outDir, path } = await builtSite();
    writeFileSync(path, corrupt(readFileSync(path, 'utf8')));
    expect(await readManifest(path, outDir)).toBeUndefined();
  });

  test('has no fingerprint for a folder without papers.json, nor for a missing one', async () => {
    const root = tempDir();
    writeTree(root, { 'index.html': 'home' });
    expect(await hashOutput(root)).toBeUndefined();
    expect(await hashOutput(join(root, 'missing'))).toBeUndefined();
  });
});

describe('signBuild', () => {
  const signatures: PageSignatures = { shared: 'sidebar', pages: { a: '1', b: '2' }, lists: 'l' };
  const env = { SITE_URL: 'https://example.org', BASE_PATH: '/', SITE_TITLE: 'Shelf', OFFLINE_PAGES: 'all', CITATION_STYLE: 'apa', OUT_DIR: 'dist' };

  /** A site folder with code, a taxonomy and one note. */
  function site(): { root: string; notes: string[] } {
    const root = tempDir();
    writeTree(root, { 'src/page.astro': '<p>page</p>', 'content/topics.yaml': 'ml: Machine learning', 'content/notes/a.md': 'A note.', 'package-lock.json': '{}' });
    return { root, notes: ['content/notes/a.md'] };
  }

  test('keeps the page signatures and adds the site inputs to the shared hash only', async () => {
    const { root, notes } = site();
    const signed = await signBuild(root, settingsOrThrow(env), signatures, notes);
    expect(signed.pages).toEqual(signatures.pages);
    expect(signed.lists).toBe('l');
    expect(signed.shared).toMatch(/^sidebar-[0-9a-f]{16}$/);
    expect(await signBuild(root, settingsOrThrow(env), signatures, notes)).toEqual(signed);
  });

  test.each([
    ['the title', { SITE_TITLE: 'Another shelf' }],
    ['the base path', { BASE_PATH: '/papers/' }],
    ['the site address', { SITE_URL: 'https://example.com' }],
    ['the offline pages', { OFFLINE_PAGES: 'none' }],
    ['the citation style', { CITATION_STYLE: 'ieee' }],
  ])('changes the shared hash when %s changes, which pages show', async (_, change) => {
    const { root, notes } = site();
    const before = await signBuild(root, settingsOrThrow(env), signatures, notes);
    const after = await signBuild(root, settingsOrThrow({ ...env, ...change }), signatures, notes);
    expect(after.shared).not.toBe(before.shared);
    expect(after.pages).toEqual(before.pages);
  });

  test('keeps the shared hash when only where files go changes', async () => {
    const { root, notes } = site();
    const settings = settingsOrThrow(env);
    const before = await signBuild(root, settings, signatures, notes);
    expect((await signBuild(root, settingsOrThrow({ ...env, OUT_DIR: 'public-site' }), signatures, notes)).shared).toBe(before.shared);
    expect((await signBuild(root, { ...settings, cacheDir: '.papershelf/cache/elsewhere' }, signatures, notes)).shared).toBe(before.shared);
  });

  test('changes the shared hash when a note file changes, and when the code does', async () => {
    const { root, notes } = site();
    const settings = settingsOrThrow(env);
    const before = await signBuild(root, settings, signatures, notes);
    writeFileSync(join(root, 'content/notes/a.md'), 'A longer note.');
    const noteEdited = await signBuild(root, settings, signatures, notes);
    expect(noteEdited.shared).not.toBe(before.shared);
    writeFileSync(join(root, 'src/page.astro'), '<p>new page</p>');
    expect((await signBuild(root, settings, signatures, notes)).shared).not.toBe(noteEdited.shared);
  });

  test('changes the shared hash when the signatures shared part changes', async () => {
    const { root, notes } = site();
    const settings = settingsOrThrow(env);
    const before = await signBuild(root, settings, signatures, notes);
    expect((await signBuild(root, settings, { ...signatures, shared: 'other sidebar' }, notes)).shared).not.toBe(before.shared);
  });
});

describe('pagesToRender, with a manifest read back', () => {
  const current = { shared: 's', pages: { c: '3', a: '1', b: 'edited', d: 'new' }, lists: 'l' };

  test('renders the new and changed pages and reuses the rest and the lists, while the output folder is untouched', async () => {
    const { outDir, path } = await builtSite();
    expect(pagesToRender(await readManifest(path, outDir), current)).toEqual({ all: false, render: ['b', 'd'], reuse: ['a', 'c'], reuseLists: true });
  });

  test('renders every page once the output folder changed since', async () => {
    const { outDir, path } = await builtSite();
    rmSync(join(outDir, 'papers/a/index.html'));
    expect(pagesToRender(await readManifest(path, outDir), current)).toEqual({ all: true });
  });

  test('renders the list pages when neither build has a lists hash', () => {
    const previous = { shared: 's', pages: { a: '1' } };
    expect(pagesToRender(previous, { shared: 's', pages: { a: '1' } })).toEqual({ all: false, render: [], reuse: ['a'], reuseLists: false });
  });

  test('renders nothing and reuses nothing for a site without papers', () => {
    expect(pagesToRender({ shared: 's', pages: {}, lists: 'l' }, { shared: 's', pages: {}, lists: 'l' })).toEqual({ all: false, render: [], reuse: [], reuseLists: true });
  });
});
