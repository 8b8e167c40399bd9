/**
 * Runs what `scripts/build-papers.ts` runs (the paper-pages stage, its report
 * and summary) on every fixture folder that holds an `expected-papers.json`,
 * inside the test process, and compares what it writes (report, front matter
 * and body of every page) with that file; one test runs the command itself on
 * one fixture and holds it to the same file and to the same summary. After an
 * intended change, rewrite the golden files with
 * `UPDATE_GOLDEN=1 npx vitest run tests/golden` and review the diff.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parsePaperPage } from '../../src/lib/papers/render-page.ts';
import { buildPapersInProcess } from '../helpers/build-papers.ts';
import { copyFixture, removeBuildCache, ROOT, runBuild, type BuildResult } from '../helpers/build-site.ts';
import { compileMdx, renderMarkdownHtml, visibleFromHtml } from '../helpers/render-markdown.ts';
import { readWithEveryParser } from '../helpers/yaml-readers.ts';

const FIXTURES_DIR = join(ROOT, 'tests', 'fixtures');
const GOLDEN = 'expected-papers.json';
const fixtures = readdirSync(FIXTURES_DIR).filter((name) => existsSync(join(FIXTURES_DIR, name, GOLDEN)));

/** What the golden file records: exit status, the report's diagnostics, and every page. */
interface Golden {
  status: number;
  diagnostics: string[];
  pages: { fileName: string; data: Record<string, unknown>; body: string }[];
}

/** Replaces the temporary content folder's path, which differs per run, with `<content>`. */
function withoutTempPath(text: string, contentDir: string): string {
  const name = contentDir.split(/[\\/]/).at(-1)!;
  return text.replace(new RegExp(`[^\\s"]*${name}`, 'g'), '<content>');
}

function readGolden(result: BuildResult): Golden {
  const papersDir = join(result.contentDir, 'papers');
  const names = existsSync(papersDir) ? readdirSync(papersDir).filter((n) => n.endsWith('.mdx')) : [];
  const pages = names.map((fileName) => {
    const { data, body } = parsePaperPage(readFileSync(join(papersDir, fileName), 'utf8'));
    return { fileName, data: JSON.parse(withoutTempPath(JSON.stringify(data), result.contentDir)) as Record<string, unknown>, body };
  });
  // Source order, as a reader of the listing would check them.
  pages.sort((a, b) => (a.data.source as { line: number }).line - (b.data.source as { line: number }).line || (a.fileName < b.fileName ? -1 : 1));
  const diagnostics = withoutTempPath(result.stderr, result.contentDir).split('\n').filter((l) => /\s(error|warning|info)\s/.test(l));
  return { status: result.status, diagnostics, pages };
}

/** Removes a run's content folder (its unused output folder is inside it) and what it keeps inside the project. */
function removePapersRun(result: BuildResult | undefined): void {
  if (!result) return;
  removeBuildCache(result.contentDir);
  rmSync(result.contentDir, { recursive: true, force: true });
}

describe.each(fixtures)('build-papers on tests/fixtures/%s', (fixture) => {
  let result: BuildResult;
  let actual: Golden;

  beforeAll(async () => {
    const contentDir = copyFixture(fixture);
    // build-papers writes no site; the unused output folder goes with the content folder.
    result = await buildPapersInProcess(contentDir, { outDir: join(contentDir, 'dist') });
    actual = readGolden(result);
  });
  afterAll(() => removePapersRun(result));

  test('writes the pages and reports the diagnostics of the golden file', () => {
    const file = join(FIXTURES_DIR, fixture, GOLDEN);
    if (process.env.UPDATE_GOLDEN) writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(file, 'utf8')));
  });

  test('writes bodies that render as paragraphs, links, emphasis and lists only, linking only the URLs in the front matter', async () => {
    // Math is rendered after Markdown, from text; the body itself holds no other markup.
    const allowed = new Set(['p', 'a', 'em', 'strong', 'ul', 'ol', 'li']);
    for (const page of actual.pages) {
      const visible = visibleFromHtml(await renderMarkdownHtml(page.body));
      expect({ page: page.fileName, tags: visible.tags.filter((t) => !allowed.has(t)) }).toEqual({ page: page.fileName, tags: [] });
      const links = page.data.links as { code: string[]; project: string[] };
      for (const href of visible.hrefs) expect([...links.code, ...links.project].map((u) => new URL(u).href)).toContain(new URL(href).href);
    }
  });

  test('writes bodies that compile as MDX', () => {
    for (const page of actual.pages) expect(() => compileMdx(page.body), page.fileName).not.toThrow();
  });

  test('writes front matter that every YAML reader reads as the same data', () => {
    const papersDir = join(result.contentDir, 'papers');
    for (const page of actual.pages) {
      const text = readFileSync(join(papersDir, page.fileName), 'utf8');
      const expected = parsePaperPage(text).data;
      for (const [reader, data] of Object.entries(readWithEveryParser(text))) {
        expect({ page: page.fileName, reader, data }).toEqual({ page: page.fileName, reader, data: expected });
      }
    }
  });
});

/** Build timings, which differ per run. */
const withoutTimings = (text: string) => text.replace(/\b\d+(?:\.\d+)? (?:ms|s)\b/g, '<time>');

describe('the build-papers command on tests/fixtures/csl-json-from-manubot-with-a-web-page-without-a-title-builds-the-papers-and-warns-at-its-line', () => {
  const fixture = 'csl-json-from-manubot-with-a-web-page-without-a-title-builds-the-papers-and-warns-at-its-line';
  let command: BuildResult;
  let inProcess: BuildResult;

  beforeAll(async () => {
    const contentDir = copyFixture(fixture);
    command = runBuild(contentDir, { script: 'build-papers', outDir: join(contentDir, 'dist') });
    const again = copyFixture(fixture);
    inProcess = await buildPapersInProcess(again, { outDir: join(again, 'dist') });
  });
  afterAll(() => {
    removePapersRun(command);
    removePapersRun(inProcess);
  });

  test('exits 0 having written the pages and printed the report of the golden file', () => {
    expect(command.status, command.stderr).toBe(0);
    expect(readGolden(command)).toEqual(JSON.parse(readFileSync(join(FIXTURES_DIR, fixture, GOLDEN), 'utf8')));
  });

  test('prints the summary of the stage, as the in-process run gives it', () => {
    expect(command.stdout).toMatch(/^paper pages: read 3 records from 1 source file\(s\)\n/);
    expect(command.stdout).toContain('  pages: 3 (3 written, 0 unchanged, 0 removed)\n');
    expect(withoutTimings(withoutTempPath(command.stdout, command.contentDir))).toBe(withoutTimings(withoutTempPath(inProcess.stdout, inProcess.contentDir)));
    expect(withoutTempPath(command.stderr, command.contentDir)).toBe(withoutTempPath(inProcess.stderr, inProcess.contentDir));
  });
});

describe('tests/fixtures/listing-with-hostile-titles-and-abstracts', () => {
  test('holds exactly the listing its generator writes, raw control characters and CR line ends included', async () => {
    const dir = join(FIXTURES_DIR, 'listing-with-hostile-titles-and-abstracts');
    const { hostileListing } = await import(join(dir, 'generate-sources.ts'));
    const committed = readFileSync(join(dir, 'sources', 'hostile-listing.txt'), 'utf8');
    expect(committed).toBe(hostileListing());
    expect(committed).toMatch(/\r\n/);
    expect(committed).toMatch(/[^\n]\r[^\n]/);
    expect(committed).toMatch(/\u0007/);
  });
});
