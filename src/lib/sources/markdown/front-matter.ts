/** YAML front matter, which notes written for static sites start with. */

/** Blanks a YAML front matter block at the start, keeping its line breaks so lines stay numbered. */
export function blankFrontMatter(text: string): string {
  const match = /^---[ \t]*\n[\s\S]*?\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text);
  return match ? match[0].replace(/[^\n]/g, '') + text.slice(match[0].length) : text;
}
