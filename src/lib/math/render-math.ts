import { decodeHTMLStrict } from 'entities';
import katex from 'katex';
import { findMath } from './find-math.ts';

/**
 * KaTeX settings for untrusted TeX: no `\href`, `\htmlClass` or other
 * commands that could emit links or attributes (`trust: false`), bounded
 * macro expansion and sizes, and errors thrown so that broken LaTeX can be
 * shown as written instead of as KaTeX's red error text.
 */
const KATEX_OPTIONS = { throwOnError: true, trust: false, strict: 'ignore', output: 'htmlAndMathml', maxExpand: 200, maxSize: 20 } as const;

/** Names the math renderer and its version, so caches of rendered pages know when to render again. */
export const MATH_RENDERER = `katex-${katex.version}-2`;

/** Escapes text for HTML content. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * One math span as HTML: KaTeX's visual HTML and MathML (for screen readers),
 * which search leaves out (`data-pagefind-ignore`), and the TeX source as
 * text that only search sees, so excerpts show `c(x,y) = \|x-y\|^2` rather
 * than KaTeX's glyph soup. Undefined when KaTeX cannot render the TeX.
 */
export function renderMathSpan(tex: string, display: boolean, source: string): string | undefined {
  try {
    const html = katex.renderToString(tex, { ...KATEX_OPTIONS, displayMode: display });
    return `<span class="math" data-pagefind-ignore>${html}</span><span class="math-source" aria-hidden="true">${escapeHtml(source)}</span>`;
  } catch {
    return undefined;
  }
}

/** Renders the math in one run of plain text, escaping the rest; `\$` outside math shows as `$`. */
function renderTextRun(text: string): { html: string; count: number } {
  let html = '';
  let count = 0;
  let last = 0;
  const plain = (s: string) => escapeHtml(s.replace(/\\\$/g, '$'));
  for (const span of findMath(text)) {
    const source = text.slice(span.start, span.end);
    const rendered = renderMathSpan(span.tex, span.display, source);
    if (rendered === undefined) continue;
    html += plain(text.slice(last, span.start)) + rendered;
    last = span.end;
    count++;
  }
  return { html: html + plain(text.slice(last)), count };
}

/**
 * Renders TeX math in rendered abstract HTML (paragraphs and links only, as
 * the Markdown renderer makes them from an escaped body) with KaTeX at build
 * time. Only text between tags is touched, never inside links; math that
 * KaTeX rejects stays as written. Returns the HTML and how many spans were
 * rendered, so the page can load KaTeX's stylesheet only when it needs it.
 */
export function renderMathInHtml(html: string): { html: string; count: number } {
  let out = '';
  let count = 0;
  let inLink = 0;
  for (const part of html.split(/(<[^>]*>)/)) {
    if (part.startsWith('<')) {
      if (/^<a[\s>]/i.test(part)) inLink++;
      else if (/^<\/a>/i.test(part)) inLink = Math.max(0, inLink - 1);
      out += part;
      continue;
    }
    if (inLink > 0 || !/[$\\]/.test(part)) {
      out += part;
      continue;
    }
    // The Markdown renderer writes `&amp;`, `&lt;` and `&#39;` into text; KaTeX needs the characters.
    const run = renderTextRun(decodeHTMLStrict(part));
    out += run.html;
    count += run.count;
  }
  return { html: out, count };
}
