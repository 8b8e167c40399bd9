import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildFixture, readPapersJson, type BuildResult } from '../helpers/build-site.ts';
import { htmlToHast } from 'satteri';
import { decodeEntities, readPages, textOf, withoutRenderedMath } from '../helpers/html.ts';

const FIXTURE = 'listing-with-hostile-titles-and-abstracts';
const expected = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', FIXTURE, 'expected-papers.json'), 'utf8')) as {
  pages: { data: { slug: string; title: string } }[];
};

/** Inline scripts the site writes itself: the theme choice before first paint, the service worker registration, the Cite section's copy buttons, the contents' section marker, and bundled module scripts. */
const OWN_INLINE_SCRIPTS = [/localStorage\.getItem\('papershelf-theme'\)/, /navigator\.serviceWorker\.register\(worker, \{ scope \}\)/, /querySelectorAll\(.\.copy-citation, \.copy-bibtex.\)/, /querySelectorAll\(.\.toc nav a.\)/, /^\s*(?:import\(|var |let |const |import )/];
/** Properties (as hast names them) that hold an address a browser may load or follow. */
const URL_PROPERTIES = new Set(['href', 'src', 'action', 'formAction', 'poster', 'data', 'srcSet', 'cite', 'background']);

interface Element {
  type: 'element';
  tagName: string;
  properties: Record<string, unknown>;
  children: unknown[];
}

/** Calls `visit` for every element of a hast tree, saying whether it is inside KaTeX's rendering of a formula. */
function walk(node: unknown, visit: (el: Element, inMath: boolean) => void, inMath = false): void {
  const n = node as { type?: string; children?: unknown[] };
  const el = n as Element;
  if (n.type === 'element') visit(el, inMath);
  const math = inMath || (n.type === 'element' && el.tagName === 'span' && String(el.properties.className ?? '').split(/[\s,]+/).includes('math'));
  for (const child of n.children ?? []) walk(child, visit, math);
}

describe('the hostile corpus', () => {
  let build: BuildResult;
  let pages: Map<string, string>;

  beforeAll(() => {
    build = buildFixture(FIXTURE);
    pages = readPages(build.outDir);
  });

  test('builds, with one page for every record of the source', () => {
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
    const { count, papers } = readPapersJson(build.outDir);
    expect(count).toBe(expected.pages.length);
    expect(papers.map((p) => p.slug).sort()).toEqual(expected.pages.map((p) => p.data.slug).sort());
    for (const { data } of expected.pages) expect(pages.has(`papers/${data.slug}/index.html`), data.slug).toBe(true);
  });

  test('shows every title literally in its page heading, math as its TeX source beside the rendering', () => {
    for (const { data } of expected.pages) {
      const heading = textOf(withoutRenderedMath(pages.get(`papers/${data.slug}/index.html`)!), 'h1');
      expect(heading?.replace(/\s+/g, ' ')).toBe(data.title.replace(/\s+/g, ' ').trim());
    }
  });

  test('shows script tags from the data as text', () => {
    const html = pages.get('papers/script-alert-1-script/index.html');
    expect(html, 'the page of the "<script>alert(1)</script>" title').toBeDefined();
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(decodeEntities(html!)).toContain('<img src=x onerror=alert(1)> and <Component prop={1} />');
  });

  test('has no script, event handler or javascript: address that the data could have made', () => {
    for (const [path, html] of pages) {
      // A real HTML parser, so text inside attributes is never taken for tags.
      walk(htmlToHast(html), (el, inMath) => {
        const where = `${path}: <${el.tagName}>`;
        if (el.tagName === 'script') {
          const src = el.properties.src;
          const body = el.children.map((c) => (c as { value?: string }).value ?? '').join('');
          if (src !== undefined) expect(String(src), where).toMatch(/^\/_astro\/[\w.-]+\.js$/);
          else expect(OWN_INLINE_SCRIPTS.some((own) => own.test(body)) && !/alert/.test(body), `${where} ${body.slice(0, 80)}`).toBe(true);
        }
        // MathML and KaTeX's drawn delimiters are allowed only as KaTeX's rendering of a formula.
        const forbidden = ['iframe', 'object', 'embed', 'img', 'component', 'frame', ...(inMath ? [] : ['svg', 'math'])];
        expect(forbidden, where).not.toContain(el.tagName);
        for (const [name, value] of Object.entries(el.properties)) {
          expect(/^on/i.test(name), `${where} ${name}`).toBe(false);
          if (URL_PROPERTIES.has(name)) expect(String(value).replace(/[\s\u0000-\u001f]+/g, '').toLowerCase().startsWith('javascript:'), `${where} ${name}=${String(value)}`).toBe(false);
        }
      });
    }
  });

  test('writes papers.json that parses back to the same titles', () => {
    const { papers } = readPapersJson(build.outDir);
    const titles = new Map(expected.pages.map((p) => [p.data.slug, p.data.title]));
    for (const p of papers) expect(p.title).toBe(titles.get(p.slug));
  });
});
