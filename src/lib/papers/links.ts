/** Hosts whose URLs point at source code rather than a project page. */
const CODE_HOSTS = /^(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org|codeberg\.org|git\.sr\.ht|huggingface\.co|sourceforge\.net)$/i;

// Stops at white space, quotes, brackets Markdown or HTML give meaning to, and invisible characters.
// Private-use characters end a URL too: abstract markup (emphasis, list items) is written with them.
const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'`{}|\\^\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2069\uE000-\uF8FF]+/gi;

/**
 * Punctuation that ends a sentence rather than a URL: GFM's list (`?!.,:*_~`),
 * `;`, and the full-width and CJK forms that follow URLs in CJK abstracts.
 */
const TRAILING_PUNCTUATION = '.,;:!?*_~\u3002\uFF0C\u3001\uFF1B\uFF1A\uFF01\uFF1F';

/** Removes sentence punctuation, entities and unbalanced closing brackets from the end of a URL. */
export function trimUrl(raw: string): string {
  let url = raw;
  for (;;) {
    const last = url.at(-1);
    if (last === undefined) return url;
    // An entity at the end (`&gt;` of an escaped `<url>`) is the text's, not the URL's, as in GFM.
    const entity = /&[a-z0-9]+;$/i.exec(url);
    if (entity) {
      url = url.slice(0, entity.index);
      continue;
    }
    if (TRAILING_PUNCTUATION.includes(last)) {
      url = url.slice(0, -1);
      continue;
    }
    const pairs: Record<string, string> = { ')': '(', ']': '[', '\uFF09': '\uFF08', '\u3011': '\u3010', '\u300D': '\u300C' };
    const open = pairs[last];
    if (open && url.split(open).length <= url.split(last).length - 1) {
      url = url.slice(0, -1);
      continue;
    }
    return url;
  }
}

/** A URL found in text, with its position, after trimming. */
export interface FoundUrl {
  url: string;
  start: number;
  end: number;
}

/** Finds http(s) URLs in text, trimmed of trailing punctuation; other schemes are ignored. */
export function findUrls(text: string): FoundUrl[] {
  const found: FoundUrl[] = [];
  for (const match of text.matchAll(URL_PATTERN)) {
    const url = trimUrl(match[0]);
    if (!isHttpUrl(url)) continue;
    found.push({ url, start: match.index, end: match.index + url.length });
  }
  return found;
}

/** True for a well-formed absolute http or https URL with a host. */
export function isHttpUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname.includes('.');
  } catch {
    return false;
  }
}

/** True when a URL points at a source-code host (GitHub, GitLab, Hugging Face, ...). */
export function isCodeUrl(url: string): boolean {
  return CODE_HOSTS.test(new URL(url).hostname);
}

/** Sorts the distinct URLs of an abstract into code repositories and project pages. */
export function classifyLinks(paragraphs: readonly string[]): { code: string[]; project: string[] } {
  const code: string[] = [];
  const project: string[] = [];
  for (const { url } of paragraphs.flatMap(findUrls)) {
    const list = isCodeUrl(url) ? code : project;
    if (!list.includes(url)) list.push(url);
  }
  return { code, project };
}
