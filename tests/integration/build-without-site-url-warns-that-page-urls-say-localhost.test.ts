import { afterAll, describe, expect, test } from 'vitest';
import { rmSync } from 'node:fs';
import { copySampleContent, runBuild } from '../helpers/build-site.ts';

describe('a build without SITE_URL', () => {
  const contentDir = copySampleContent();
  afterAll(() => rmSync(contentDir, { recursive: true, force: true }));

  test('prints one warning on SITE_URL that says the URLs would point at localhost and how to set it', () => {
    const unset = runBuild(contentDir, { script: 'build-papers', env: { SITE_URL: '' } });
    expect(unset.status).toBe(0);
    const warning = unset.stderr.split('\n').filter((line) => line.startsWith('SITE_URL'));
    expect(warning).toHaveLength(1);
    expect(warning[0]).toMatch(/^SITE_URL {2}warning {2}Not set, .*http:\/\/localhost:4321\/.* SITE_URL=https:\/\/example\.org npm run build\. {2}\(site-url-unset\)$/);
  });

  test('prints no such warning when SITE_URL is set', () => {
    const set = runBuild(contentDir, { script: 'build-papers' });
    expect(set.status).toBe(0);
    expect(`${set.stdout}${set.stderr}`).not.toContain('site-url-unset');
  });
});
