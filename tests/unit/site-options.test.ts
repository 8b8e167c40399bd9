import { describe, expect, test } from 'vitest';
import { DEFAULT_SITE_URL, siteOptions, siteUrlWarning } from '../../src/lib/site-options.ts';

describe('siteOptions', () => {
  test.each([
    [{}, 'apa'],
    [{ CITATION_STYLE: 'ieee' }, 'ieee'],
    [{ CITATION_STYLE: '  chicago-author-date ' }, 'chicago-author-date'],
    [{ CITATION_STYLE: '' }, 'apa'],
  ])('returns the citation style of %j as %j', (env, style) => {
    expect(siteOptions(env).citationStyle).toBe(style);
  });
});

describe('siteUrlWarning', () => {
  test.each([[{}], [{ SITE_URL: '' }], [{ SITE_URL: '  ' }]])('returns a warning on SITE_URL that names localhost and says how to set it for %j', (env) => {
    expect(siteUrlWarning(env)).toMatchObject({ file: 'SITE_URL', line: 0, severity: 'warning', rule: 'site-url-unset' });
    expect(siteUrlWarning(env)!.message).toMatch(/http:\/\/localhost:4321\/.*SITE_URL=https:\/\/example\.org npm run build/);
    expect(siteOptions(env).site).toBe(DEFAULT_SITE_URL);
  });

  test('returns nothing when SITE_URL is set', () => expect(siteUrlWarning({ SITE_URL: 'https://papers.example.org' })).toBeUndefined());
});
