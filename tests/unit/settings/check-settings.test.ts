import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { formatDiagnostic } from '../../../src/lib/diagnostics.ts';
import { checkSettings } from '../../../src/lib/settings/check-settings.ts';
import { settingsOrThrow } from '../../../src/lib/settings/read-settings.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'papershelf-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const check = (env: Record<string, string>) => checkSettings(settingsOrThrow(env), ROOT).map(formatDiagnostic);

describe('checkSettings', () => {
  test('accepts the project content folder and every bundled style', () => {
    for (const style of ['apa', 'ieee', 'chicago-author-date']) expect(check({ CITATION_STYLE: style })).toEqual([]);
  });

  test('accepts a style the content folder adds in csl/', () => {
    mkdirSync(join(dir, 'with-style', 'csl'), { recursive: true });
    writeFileSync(join(dir, 'with-style', 'csl', 'mla.csl'), '<style/>');
    expect(check({ CONTENT_DIR: join(dir, 'with-style'), CITATION_STYLE: 'mla' })).toEqual([]);
  });

  test('refuses a style no file provides, listing those there are', () => {
    expect(check({ CITATION_STYLE: 'mla' })).toMatchInlineSnapshot(`
      [
        "CITATION_STYLE  error  CITATION_STYLE="mla" is not valid: no citation style has that name. Set one of apa, chicago-author-date, ieee, or add mla.csl to content/csl/.  (setting-invalid)",
      ]
    `);
  });

  test('refuses a content folder that is missing or a file', () => {
    writeFileSync(join(dir, 'a-file'), '');
    expect(check({ CONTENT_DIR: join(dir, 'missing') })[0]).toMatch(/^CONTENT_DIR {2}error {2}CONTENT_DIR=".*missing" is not valid: there is no folder .*missing\. Point it at the folder that holds sources\//);
    expect(check({ CONTENT_DIR: join(dir, 'a-file') })[0]).toMatch(/is not valid: it is a file, not a folder\./);
  });
});
