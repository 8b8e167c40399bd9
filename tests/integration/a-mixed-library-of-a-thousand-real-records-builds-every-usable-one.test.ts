/**
 * A thousand real records in the seven formats papershelf reads, exported as
 * reference managers, arXiv and hand-written reading lists write them (see the
 * fixture's README): the build must give every usable record a page whose
 * text reads as text, name every record it could not use at its file and
 * line, and make one page of records that are the same paper.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { htmlToHast } from 'satteri';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { copyFixture, readPapersJson, removeBuild, ROOT, runBuild, type BuildResult } from '../helpers/build-site.ts';

const FIXTURE = 'a-reading-groups-library-of-a-thousand-real-records-in-seven-formats';
const expected = JSON.parse(readFileSync(join(ROOT, 'tests', 'fixtures', FIXTURE, 'expected-library.json'), 'utf8')) as {
  pages: { arxiv: string | null; title: string; file: string }[];
  skipped: { file: string; line: number; why: string }[];
  merged: { arxiv: string; why: string }[];
};

/**
 * Titles compare as a reader reads them: white space folded, Unicode
 * composed, TeX dashes as the dashes they stand for and inline math in one
 * notation.
 */
const fold = (text: string) =>
  text.normalize('NFC').replace(/\s+/g, ' ').trim().replaceAll('---', '\u2014').replaceAll('--', '\u2013').replace(/\\\(|\\\)/g, '$');

/** The built page of a paper, from its address in papers.json. */
const pageOf = (outDir: string, url: string) => readFileSync(join(outDir, decodeURIComponent(url).replace(/^\//, ''), 'index.html'), 'utf8');

/**
 * Text that must never reach a reader outside a formula: text-mode TeX
 * commands and accents, and HTML character references shown as written.
 * (Macros a paper defines for itself, such as `\toolname` or `{\ours}`,
 * are shown as written, since nothing knows what they mean.)
 */
const LEAKS = /\\(?:emph|textbf|textit|texttt|textsc|underline|href|url|cite|etal|begin|end|item|textemdash)\b|\\[%&_#$]|\{?\\["'`^~=.]|&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i;

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/** The visible text of a hast node, without formulas (KaTeX's rendering and the TeX source beside it). */
function visibleText(node: HastNode): string {
  if (node.type === 'text') return node.value ?? '';
  const classes = String(node.properties?.className ?? '');
  if (/\b(?:math|katex)\b/.test(classes) || node.tagName === 'math' || node.properties?.hidden !== undefined && node.properties.hidden !== false) return ' ';
  return (node.children ?? []).map(visibleText).join(node.tagName === 'p' || node.tagName === 'li' ? ' ' : '');
}

/** The first element matching a test, depth first. */
function find(node: HastNode, match: (n: HastNode) => boolean): HastNode | undefined {
  if (match(node)) return node;
  for (const child of node.children ?? []) {
    const hit = find(child, match);
    if (hit) return hit;
  }
  return undefined;
}

describe('a mixed library of a thousand real records', () => {
  let build: BuildResult;
  let report: string;

  beforeAll(() => {
    const content = copyFixture(FIXTURE);
    // A new user keeps the taxonomy the project ships.
    writeFileSync(join(content, 'topics.yaml'), readFileSync(join(ROOT, 'content', 'topics.yaml'), 'utf8'));
    build = runBuild(content);
    // The printed report is grouped; the full list is in the file it names.
    const full = /full list: (\S+?)\)?$/m.exec(`${build.stdout}\n${build.stderr}`)?.[1];
    const fullText = full && existsSync(resolve(ROOT, full)) ? readFileSync(resolve(ROOT, full), 'utf8') : '';
    report = `${build.stdout}\n${build.stderr}\n${fullText}`;
  }, 600_000);
  afterAll(() => removeBuild(build));

  test('builds, with one page for every distinct usable paper', () => {
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
    const { count, papers } = readPapersJson(build.outDir);
    expect(count).toBe(expected.pages.length);
    expect(papers.map((p) => fold(p.title)).sort()).toEqual(expected.pages.map((p) => fold(p.title)).sort());
  });

  test('names every record it could not make a page of, at its file and line', () => {
    for (const { file, line } of expected.skipped) expect(report).toContain(`sources/${file}:${line}`);
  });

  test('reports the records that are another record’s paper', () => {
    const merges = report.split('\n').filter((l) => /\sinfo\s/.test(l) && /merged|same paper|one page/i.test(l));
    expect(merges.length).toBeGreaterThan(0);
    expect(report).toMatch(new RegExp(`\\b${expected.merged.length}\\b[^\\n]*merged|merged[^\\n]*\\b${expected.merged.length}\\b`));
  });

  test('shows titles, authors and abstracts as text: no TeX command, accent or HTML entity leaks', () => {
    const leaks: string[] = [];
    for (const paper of readPapersJson(build.outDir).papers) {
      const html = pageOf(build.outDir, paper.url);
      const tree = htmlToHast(html) as HastNode;
      const parts = {
        title: find(tree, (n) => n.tagName === 'h1'),
        authors: find(tree, (n) => String(n.properties?.className ?? '').includes('authors')),
        abstract: find(tree, (n) => String(n.properties?.className ?? '').split(/[\s,]+/).includes('abstract')),
      };
      for (const [part, node] of Object.entries(parts)) {
        const text = node ? visibleText(node) : '';
        const leak = LEAKS.exec(text);
        if (leak) leaks.push(`${paper.slug} ${part}: …${text.slice(Math.max(0, leak.index - 40), leak.index + 40)}…`);
      }
    }
    expect(leaks).toEqual([]);
  });

  test('gives the journal versions of preprints their journal as venue', () => {
    const journal = expected.merged.filter((m) => m.why.startsWith('journal'));
    const titles = new Set(expected.pages.filter((p) => journal.some((j) => j.arxiv === p.arxiv)).map((p) => fold(p.title)));
    expect(titles.size).toBe(journal.length);
    for (const paper of readPapersJson(build.outDir).papers.filter((p) => titles.has(fold(p.title)))) {
      const html = pageOf(build.outDir, paper.url);
      expect(html, paper.slug).toContain('Pattern Recognition Letters');
    }
  });
});
