/**
 * Tells a Markdown listing saved as `.txt` from a plain listing. A plain
 * listing's title may start with `#` or hold a link, so one sign is not
 * enough: Markdown needs a heading and a labelled field (`**Authors:**`),
 * several labelled fields, several headings or lines that start with a link
 * to a paper, or a table with a title column.
 */

const HEADING = /^ {0,3}#{1,6}[ \t]+\S/gm;
// `**Authors:**`, `**Authors**:`, `- **Code**：`, `__Abstract__:` at the start of a line.
const BOLD_LABEL = /^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)[^*_\n]{1,30}?(?:[:：](?:\*\*|__)|(?:\*\*|__)[ \t]*[:：])/gm;
// A heading that is a link to the paper: `### [Title](https://arxiv.org/abs/...)`.
const LINKED_HEADING = /^ {0,3}#{1,6}[ \t]+\[[^\]\n]+\]\(<?https?:\/\/[^)\s]+>?\)/gm;
// A line that starts with a Markdown link to a paper, as lists of papers do: `- [Title](https://arxiv.org/abs/...)`.
const LINKED_PAPER_LINE = /^[ \t]*(?:[-*+][ \t]+)?\*{0,2}\[[^\]\n]{8,}\]\(<?https?:\/\/(?:www\.)?(?:arxiv\.org\/(?:abs|pdf)|(?:dx\.)?doi\.org\/10\.)/gim;
const TABLE_HEADER = /^[ \t]*\|?.*(?:\btitle\b|\bpaper\b|题目|标题).*\|.*\n[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*\|/im;

/** Counts the matches of a global pattern, up to `limit`. */
function count(pattern: RegExp, text: string, limit = 3): number {
  let n = 0;
  pattern.lastIndex = 0;
  while (n < limit && pattern.exec(text)) n++;
  pattern.lastIndex = 0;
  return n;
}

/** True when text is written in Markdown as a listing of papers. */
export function looksLikeMarkdown(text: string): boolean {
  if (TABLE_HEADER.test(text)) return true;
  const labels = count(BOLD_LABEL, text);
  if (labels >= 2) return true;
  return (labels >= 1 && count(HEADING, text) >= 1) || count(LINKED_HEADING, text) >= 2 || count(LINKED_PAPER_LINE, text) >= 2;
}
