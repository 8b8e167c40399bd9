import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { cleanParagraphs } from '../../../src/lib/papers/clean-text.ts';
import { abstractToMarkdown } from '../../../src/lib/papers/escape-markdown.ts';
import { renderMathInHtml } from '../../../src/lib/math/render-math.ts';
import { renderMarkdownHtml, visibleFromHtml } from '../../helpers/render-markdown.ts';

/** Renders an abstract the way a paper page does: escaped body, Markdown, then math. */
async function page(text: string) {
  return renderMathInHtml(await renderMarkdownHtml(abstractToMarkdown(cleanParagraphs(text))));
}

/** The text search indexes: everything except what carries data-pagefind-ignore. */
function searchText(html: string): string {
  return visibleFromHtml(html.replace(/<span class="math" data-pagefind-ignore>[\s\S]*?<\/math><\/span><span class="katex-html"[\s\S]*?<\/span><\/span><\/span>(?=<span class="math-source")/g, '')).text.trim();
}

/** Elements KaTeX writes (HTML and MathML), and the paragraphs and links of the abstract. */
const ALLOWED_TAGS = new Set(['p', 'a', 'span', 'math', 'semantics', 'mrow', 'mi', 'mo', 'mn', 'msup', 'msub', 'msubsup', 'mfrac', 'msqrt', 'mroot', 'mtext', 'mstyle', 'mspace', 'mpadded', 'mover', 'munder', 'munderover', 'mtable', 'mtr', 'mtd', 'menclose', 'mphantom', 'annotation', 'svg', 'path', 'line', 'rect', 'g']);

describe('renderMathInHtml', () => {
  test('returns KaTeX markup with the TeX source for search when the abstract holds inline and display math', async () => {
    const { html, count } = await page('Costs $c(x,y) = \\|x-y\\|^2$ and \\[\\int_0^1 f\\] here.');
    expect(count).toBe(2);
    expect(html).toContain('<span class="math" data-pagefind-ignore><span class="katex">');
    expect(html).toContain('<span class="katex-display">');
    expect(searchText(html)).toBe('Costs $c(x,y) = \\|x-y\\|^2$ and \\[\\int_0^1 f\\] here.');
  });

  test.each([
    ['It costs $5 to $10 per run.', 'It costs $5 to $10 per run.'],
    ['Escaped \\$x\\$ is text.', 'Escaped $x$ is text.'],
    ['Broken $\\frac{1}{$ stays.', 'Broken $\\frac{1}{$ stays.'],
    ['Unknown $\\notacommand{x}$ stays.', 'Unknown $\\notacommand{x}$ stays.'],
    ['No math & <tags> here.', 'No math & <tags> here.'],
  ])('returns the text as written and no math when the abstract is %j', async (text, shown) => {
    const { html, count } = await page(text);
    expect(count).toBe(0);
    expect(visibleFromHtml(html).text.trim()).toBe(shown);
  });

  test('returns links untouched, even when a URL holds dollar signs', async () => {
    const { html, count } = await page('See https://a.org/$x$/p and $y$.');
    expect(count).toBe(1);
    expect(html).toContain('<a href="https://a.org/$x$/p">https://a.org/$x$/p</a>');
  });

  test('returns no link, script or event handler for TeX that asks for them', async () => {
    const { html } = await page('$\\href{javascript:alert(1)}{x}$ $\\url{javascript:x}$ $\\htmlClass{x}{y}$ $\\htmlData{onclick=alert(1)}{z}$ $\\includegraphics{a.png}$');
    const markup = html.replace(/<annotation[^>]*>[\s\S]*?<\/annotation>/g, '').replace(/<span class="math-source"[^>]*>[^<]*<\/span>/g, '');
    expect(markup).not.toMatch(/<a\b|href=|<script|<img|\son\w+=|javascript:/i);
  });

  test('returns only paragraphs, links and KaTeX elements, without event handlers, whatever the abstract', async () => {
    const pieces = fc.constantFrom('$', '$$', '\\(', '\\)', '\\[', '\\]', '\\', '{', '}', '^', '_', 'x', '\\frac', '\\href{javascript:alert(1)}{a}', '\\color{red;x:y}', '<script>', '&amp;', ' ', '5', 'https://a.org/$x$', '\\text{<b>}');
    await fc.assert(
      fc.asyncProperty(fc.array(pieces, { maxLength: 24 }).map((p) => p.join('')), async (text) => {
        const { html } = await page(text);
        const visible = visibleFromHtml(html);
        expect(visible.tags.filter((t) => !ALLOWED_TAGS.has(t))).toEqual([]);
        expect(html).not.toMatch(/\son\w+=|<script|javascript:[^<]*"/i);
      }),
      { numRuns: 300 },
    );
  });

  test.each([
    ['Hence \\begin{align*} a &= b \\\\ c &\\leq d \\end{align*} holds.'],
    ['Hence \\begin{eqnarray} a &=& b \\nonumber \\end{eqnarray} holds.'],
    ['Hence \\begin{gather*} a \\\\ b \\end{gather*} holds.'],
    ['Hence \\begin{equation} E = mc^2 \\label{eq:1} \\end{equation} holds.'],
  ])('returns display math, and the environment as written for search, when the abstract is %j', async (text) => {
    const { html, count } = await page(text);
    expect(count).toBe(1);
    expect(html).toContain('<span class="katex-display">');
    expect(searchText(html)).toBe(text);
  });

  test('returns an environment KaTeX cannot render as written', async () => {
    const { html, count } = await page('See \\begin{equation} \\notacommand x \\end{equation} here.');
    expect(count).toBe(0);
    expect(visibleFromHtml(html).text.trim()).toBe('See \\begin{equation} \\notacommand x \\end{equation} here.');
  });

  test('returns math inside emphasis and list items rendered', async () => {
    const html = renderMathInHtml(await renderMarkdownHtml(abstractToMarkdown(['A \uE010bound $O(n)$\uE011 holds:', '\uE014with $ x $ spaced \uE014and \\( y \\)']))).html;
    expect(html.match(/<span class="math" data-pagefind-ignore>/g)).toHaveLength(3);
    expect(html).toMatch(/<em>bound <span class="math"/);
  });
});
