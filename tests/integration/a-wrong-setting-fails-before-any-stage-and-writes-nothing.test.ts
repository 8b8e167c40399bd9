import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { copySampleContent, runBuild } from '../helpers/build-site.ts';

describe('a build with a wrong setting', () => {
  const contentDir = copySampleContent();
  afterAll(() => rmSync(join(contentDir, '..'), { recursive: true, force: true }));

  test.each([
    [{ BASE_PATH: 'papers' }, /^BASE_PATH {2}error {2}BASE_PATH="papers" is not valid: .* Set BASE_PATH=\/papers\/ or unset it .* {2}\(setting-invalid\)$/m],
    [{ OFFLINE_PAGES: 'some' }, /^OFFLINE_PAGES {2}error {2}OFFLINE_PAGES="some" is not valid: it is neither "all" nor "none"\. .* {2}\(setting-invalid\)$/m],
    [{ CITATION_STYLE: 'mla' }, /^CITATION_STYLE {2}error {2}CITATION_STYLE="mla" is not valid: no citation style has that name\. Set one of apa, .* {2}\(setting-invalid\)$/m],
    [{ SITE_URL: 'example.org' }, /^SITE_URL {2}error {2}SITE_URL="example.org" is not valid: it has no scheme .* Set SITE_URL=https:\/\/example\.org\. {2}\(setting-invalid\)$/m],
  ])('%j exits 1 with its message before the paper pages, and writes nothing', (env, message) => {
    for (const script of ['build-site', 'build-papers'] as const) {
      const result = runBuild(contentDir, { script, env });
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(message);
      expect(result.stdout).not.toContain('Paper pages');
      expect(existsSync(result.outDir)).toBe(false);
      // Not even the report file or the generated pages folder.
      expect(readdirSync(contentDir).sort()).toEqual(['notes', 'sources', 'topics.yaml']);
      rmSync(join(result.outDir, '..'), { recursive: true, force: true });
    }
  });
});
