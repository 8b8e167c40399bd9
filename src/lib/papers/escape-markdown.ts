import { EM_CLOSE, EM_OPEN, splitListItems, STRONG_CLOSE, STRONG_OPEN } from './abstract-markup.ts';
import { findUrls } from './links.ts';

/**
 * ASCII punctuation (`!` to `/`, `:` to `@`, `[` to the backtick, `{` to `~`)
 * except `, ' " ? ; / % = @`, which are left as they are. Each is
 * backslash-escaped, which CommonMark and MDX both read as the literal
 * character, so no text can become markup, an expression, JSX or an entity.
 */
const ESCAPED = /[!#$&()*+\-.:<>[\\\]^_`{|}~]/g;

/** Escapes one run of plain text so that Markdown and MDX both show it literally. */
export function escapeMarkdownText(text: string): string {
  return text.replace(ESCAPED, '\\$&');
}

/**
 * Makes a URL safe as a Markdown link destination. Characters a destination
 * gives meaning to are backslash-escaped rather than percent-encoded, so the
 * link goes exactly where its text says (`&amp;` stays `&amp;`, `(` stays `(`);
 * white space, which cannot be escaped, is percent-encoded.
 */
function encodeDestination(url: string): string {
  return url
    .replace(/[()<>\\&]/g, (c) => `\\${c}`)
    .replace(/\s/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/**
 * MDX reads a paragraph starting with `import` or `export` as JavaScript. A
 * letter cannot be backslash-escaped, so the first one becomes a character
 * reference, which Markdown and MDX both show as the letter.
 */
function escapeEsmKeyword(markdown: string): string {
  return markdown.replace(/^(?:import|export)/, (word) => `&#${word.charCodeAt(0)};${word.slice(1)}`);
}

/** Plain text (no markup) as Markdown that shows it literally, every http(s) URL a link whose text is the URL. */
function textToMarkdown(text: string): string {
  let out = '';
  let last = 0;
  for (const { url, start, end } of findUrls(text)) {
    out += escapeMarkdownText(text.slice(last, start));
    out += `[${escapeMarkdownText(url)}](${encodeDestination(url)})`;
    last = end;
  }
  return out + escapeMarkdownText(text.slice(last));
}

/** A run of text, emphasised (`*`), strongly emphasised (`**`) or plain (`''`). */
interface Run {
  text: string;
  delimiter: '' | '*' | '**';
}

/** Splits marked text into runs; nested marks join the outer run, and an unclosed mark is plain text. */
function splitRuns(text: string): Run[] {
  // Most text has no markup at all: one plain run.
  if (!/[\uE010-\uE01F]/.test(text)) return text === '' ? [] : [{ text, delimiter: '' }];
  const runs: Run[] = [];
  let current: Run = { text: '', delimiter: '' };
  let depth = 0;
  for (const char of text) {
    const opens = char === EM_OPEN || char === STRONG_OPEN;
    if (opens || char === EM_CLOSE || char === STRONG_CLOSE) {
      if (opens && depth++ === 0) {
        runs.push(current);
        current = { text: '', delimiter: char === EM_OPEN ? '*' : '**' };
      } else if (!opens && depth > 0 && --depth === 0) {
        runs.push(current);
        current = { text: '', delimiter: '' };
      }
    } else if (char < '\uE010' || char > '\uE01F') current.text += char;
  }
  runs.push({ ...current, delimiter: depth > 0 ? '' : current.delimiter });
  return runs.filter((r) => r.text !== '');
}

const isSpace = (c: string | undefined) => c === undefined || /\s/u.test(c);
const isPunctuation = (c: string | undefined) => c !== undefined && /[\p{P}\p{S}]/u.test(c);

/**
 * CommonMark's flanking rule for a `*` run between `before` and `after`
 * (undefined at the ends): whether it can open (`opening`) or close emphasis.
 */
function canDelimit(before: string | undefined, after: string | undefined, opening: boolean): boolean {
  const [inside, outside] = opening ? [after, before] : [before, after];
  if (inside === undefined || isSpace(inside)) return false;
  return !isPunctuation(inside) || outside === undefined || isSpace(outside) || isPunctuation(outside);
}

/**
 * Marked inline text as Markdown: emphasis becomes `*...*` and `**...**`
 * where CommonMark reads the delimiters as emphasis (spaces inside move
 * outside); where it would not, the words stay plain text.
 */
function inlineToMarkdown(text: string): string {
  const pieces = splitRuns(text).map((run) => {
    // trim() removes exactly what \s matches: white space and line terminators.
    const core = run.text.trim();
    const lead = core ? run.text.slice(0, run.text.length - run.text.trimStart().length) : run.text;
    const trail = core ? run.text.slice(run.text.trimEnd().length) : '';
    return { delimiter: core ? run.delimiter : '', lead, body: textToMarkdown(core), trail };
  });
  let out = '';
  let afterDelimiter = false;
  pieces.forEach((piece, i) => {
    const next = pieces[i + 1];
    const following = next ? (next.lead || next.body || next.trail)[0] : undefined;
    const before = (out + piece.lead).at(-1);
    const styled = piece.delimiter !== '' && !(afterDelimiter && !piece.lead) && canDelimit(before, piece.body[0], true) && canDelimit(piece.body.at(-1), piece.trail[0] ?? following, false);
    const d = styled ? piece.delimiter : '';
    out += `${piece.lead}${d}${piece.body}${d}${piece.trail}`;
    afterDelimiter = styled && !piece.trail;
  });
  return out;
}

/**
 * Turns one folded paragraph into Markdown/MDX: the text shows literally,
 * every http(s) URL becomes a link whose text is the URL, and the abstract
 * markup becomes emphasis. Lists are written by {@link abstractToMarkdown}.
 */
export function paragraphToMarkdown(paragraph: string): string {
  return escapeEsmKeyword(inlineToMarkdown(paragraph));
}

/** A list paragraph as a Markdown list; `alternate` switches the marker so it does not join the list before. */
function listToMarkdown(list: { numbered: boolean; items: string[] }, alternate: boolean): string {
  return list.items.map((item, i) => `${list.numbered ? `${i + 1}${alternate ? ')' : '.'}` : alternate ? '*' : '-'} ${inlineToMarkdown(item)}`).join('\n');
}

/**
 * Renders abstract paragraphs as a Markdown/MDX body, blocks separated by one
 * blank line: a paragraph per line, and a list for each list paragraph (text
 * before its first item is a paragraph of its own).
 */
export function abstractToMarkdown(paragraphs: readonly string[]): string {
  const blocks: string[] = [];
  let lastList = '';
  for (const paragraph of paragraphs) {
    const list = splitListItems(paragraph);
    if (list?.lead) blocks.push(paragraphToMarkdown(list.lead));
    if (!list || list.items.length === 0) {
      if (!list) blocks.push(paragraphToMarkdown(paragraph));
      lastList = '';
      continue;
    }
    const kind = list.numbered ? 'numbered' : 'bullet';
    const alternate = lastList === kind && !list.lead;
    blocks.push(listToMarkdown(list, alternate));
    lastList = alternate ? `${kind}-alt` : kind;
  }
  return blocks.join('\n\n');
}
