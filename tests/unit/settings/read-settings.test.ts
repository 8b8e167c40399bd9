import { describe, expect, test } from 'vitest';
import { formatDiagnostic } from '../../../src/lib/diagnostics.ts';
import { DEFAULT_SITE_URL, readSettings, settingsOrThrow } from '../../../src/lib/settings/read-settings.ts';

/** The printed lines of the diagnostics for an environment, as a build shows them. */
const printed = (env: Record<string, string>) => readSettings(env).diagnostics.map(formatDiagnostic).join('\n');

describe('readSettings', () => {
  test('gives the defaults of a local build, with the one warning that SITE_URL is unset', () => {
    const { settings, diagnostics } = readSettings({});
    expect(settings).toEqual({
      site: DEFAULT_SITE_URL,
      base: '/',
      outDir: 'dist',
      contentDir: 'content',
      title: 'papershelf',
      description: 'Research paper summaries, sorted by topic and searchable offline.',
      citationStyle: 'apa',
      offlinePages: 'all',
      cacheDir: '.papershelf/cache/content',
      siteUrlSet: false,
    });
    expect(diagnostics.map((d) => d.rule)).toEqual(['site-url-unset']);
  });

  test.each([
    ['/papers', '/papers/'],
    ['/papers/', '/papers/'],
    ['//papers//', '/papers/'],
    ['/', '/'],
    ['', '/'],
    ['  /a/b  ', '/a/b/'],
  ])('reads BASE_PATH=%j as %j', (value, base) => expect(settingsOrThrow({ BASE_PATH: value }).base).toBe(base));

  test.each([
    ['https://example.org', 'https://example.org'],
    ['https://example.org/', 'https://example.org'],
    ['http://localhost:8080', 'http://localhost:8080'],
  ])('reads SITE_URL=%j as %j, and says nothing', (value, site) => {
    const { settings, diagnostics } = readSettings({ SITE_URL: value });
    expect(settings?.site).toBe(site);
    expect(diagnostics).toEqual([]);
  });

  test.each([
    [{ CITATION_STYLE: ' ieee ' }, 'ieee'],
    [{ CITATION_STYLE: '' }, 'apa'],
  ])('reads the citation style of %j as %j', (env, style) => expect(settingsOrThrow(env).citationStyle).toBe(style));

  test('reads OFFLINE_PAGES in any case', () => expect(settingsOrThrow({ OFFLINE_PAGES: 'NONE' }).offlinePages).toBe('none'));

  test('keeps one cache folder per content folder', () => expect(settingsOrThrow({ CONTENT_DIR: '/tmp/a b' }).cacheDir).toBe('.papershelf/cache/_tmp_a_b'));
});

describe('a wrong setting', () => {
  test('BASE_PATH without its leading slash says what it is for and what to set', () => {
    expect(printed({ BASE_PATH: 'papers' })).toMatchInlineSnapshot(`"BASE_PATH  error  BASE_PATH="papers" is not valid: it does not start with "/". BASE_PATH is the path the site is served under, such as /papers/ (or / at the domain root). Set BASE_PATH=/papers/ or unset it to serve the site at the domain root.  (setting-invalid)"`);
  });

  test('OFFLINE_PAGES other than all or none names both', () => {
    expect(printed({ OFFLINE_PAGES: 'some' })).toMatchInlineSnapshot(`"OFFLINE_PAGES  error  OFFLINE_PAGES="some" is not valid: it is neither "all" nor "none". OFFLINE_PAGES is which pages are saved for offline reading on the first visit: all or none. Set OFFLINE_PAGES=all (every page, the default) or OFFLINE_PAGES=none (pages as they are read).  (setting-invalid)"`);
  });

  test('SITE_URL without a scheme gets the address with one', () => {
    expect(printed({ SITE_URL: 'example.org' })).toMatchInlineSnapshot(`"SITE_URL  error  SITE_URL="example.org" is not valid: it has no scheme (https://). SITE_URL is the public origin of the site, such as https://example.org. Set SITE_URL=https://example.org.  (setting-invalid)"`);
  });

  test('SITE_URL with a path moves the path to BASE_PATH', () => {
    expect(printed({ SITE_URL: 'https://me.github.io/papers' })).toMatchInlineSnapshot(`"SITE_URL  error  SITE_URL="https://me.github.io/papers" is not valid: it has a path, query or fragment. SITE_URL is the public origin of the site, such as https://example.org. Set SITE_URL=https://me.github.io and BASE_PATH=/papers/.  (setting-invalid)"`);
  });

  test('a BASE_PATH with a space or a query mark is refused', () => {
    expect(readSettings({ BASE_PATH: '/my papers?' }).diagnostics[0]?.hint).toBe('Set BASE_PATH=/my-papers-/ or unset it to serve the site at the domain root.');
  });

  test('every wrong setting is reported at once, and no settings are given', () => {
    const result = readSettings({ BASE_PATH: 'papers', OFFLINE_PAGES: 'some', SITE_URL: 'example.org' });
    expect(result.settings).toBeUndefined();
    expect(result.diagnostics.map((d) => d.file).sort()).toEqual(['BASE_PATH', 'OFFLINE_PAGES', 'SITE_URL']);
  });

  test('settingsOrThrow throws every message with its fix', () => {
    expect(() => settingsOrThrow({ BASE_PATH: 'x', OFFLINE_PAGES: 'some' })).toThrow(/BASE_PATH="x" is not valid.*Set BASE_PATH=\/x\/[\s\S]*OFFLINE_PAGES="some"/);
  });
});
