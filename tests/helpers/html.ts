import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** One start tag found in a page: its name and attributes (values decoded). */
export interface Tag {
  name: string;
  attrs: Record<string, string>;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references Astro writes (`&amp;`, `&#39;`, `&#x27;`, ...). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') return String.fromCodePoint(ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10));
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/** The page without its `<script>` and `<style>` contents, which are not markup. */
function markupOnly(html: string): string {
  return html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, (m, name: string) => m.slice(0, m.indexOf('>') + 1) + `</${name}>`);
}

/** Every start tag in a page with its attributes. Good enough for the HTML Astro writes; not a general parser. */
export function startTags(html: string): Tag[] {
  const tags: Tag[] = [];
  for (const m of markupOnly(html).matchAll(/<([a-zA-Z][\w-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/g)) {
    const attrs: Record<string, string> = {};
    for (const a of (m[2] ?? '').matchAll(/([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
      attrs[a[1]!.toLowerCase()] = decodeEntities(a[2] ?? a[3] ?? a[4] ?? '');
    }
    tags.push({ name: m[1]!.toLowerCase(), attrs });
  }
  return tags;
}

/**
 * The text inside the first element with the given tag name, tags stripped
 * and entities decoded. Attribute values may hold `>` (a title as a Pagefind
 * meta value), so quoted values are skipped whole.
 */
export function textOf(html: string, tag: string): string | undefined {
  const m = new RegExp(`<${tag}\\b(?:[^>"']|"[^"]*"|'[^']*')*>([\\s\\S]*?)</${tag}>`, 'i').exec(html);
  return m ? decodeEntities(m[1]!.replace(/<(?:[^>"']|"[^"]*"|'[^']*')*>/g, '')).trim() : undefined;
}

/** The opening tag of KaTeX's rendering of one formula; the TeX source follows it in a sibling span. */
export const RENDERED_MATH_OPEN = '<span class="math" data-pagefind-ignore>';

/**
 * The page without KaTeX's renderings of formulas (each `<span class="math">`
 * with everything inside), leaving the TeX source that follows each one, so
 * the text reads as the source wrote it.
 */
export function withoutRenderedMath(html: string): string {
  let out = html;
  for (let start = out.indexOf(RENDERED_MATH_OPEN); start >= 0; start = out.indexOf(RENDERED_MATH_OPEN)) {
    let depth = 0;
    const tags = /<(\/?)span\b[^>]*>/g;
    tags.lastIndex = start;
    for (let m = tags.exec(out); m; m = tags.exec(out)) {
      depth += m[1] ? -1 : 1;
      if (depth === 0) {
        out = out.slice(0, start) + out.slice(m.index + m[0].length);
        break;
      }
    }
    if (depth !== 0) break;
  }
  return out;
}

/** Paths (relative, with `/`) of the files under `dir` whose names end in one of `extensions`, sorted. */
export function listFilesDeep(dir: string, extensions: readonly string[]): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile() && extensions.some((x) => e.name.endsWith(x)))
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/** Reads every HTML page of a built site: relative path → text. */
export function readPages(dist: string): Map<string, string> {
  return new Map(listFilesDeep(dist, ['.html']).map((p) => [p, readFileSync(join(dist, p), 'utf8')]));
}

/** The attributes that make a browser load or go to an address. */
export const URL_ATTRIBUTES = ['href', 'src', 'action', 'poster', 'data', 'formaction'] as const;

/** Every address in a tag: its URL attributes plus each candidate of a `srcset`. */
export function addressesOf(tag: Tag): string[] {
  const found = URL_ATTRIBUTES.flatMap((a) => (tag.attrs[a] !== undefined ? [tag.attrs[a]] : []));
  for (const candidate of (tag.attrs.srcset ?? '').split(',')) {
    const address = candidate.trim().split(/\s+/)[0];
    if (address) found.push(address);
  }
  return found;
}
