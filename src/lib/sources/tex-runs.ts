/**
 * Splitting text into the words the LaTeX decoder must read and the words it
 * would return unchanged.
 */

/** True when a run of text needs the decoder: a command, group, tie or TeX ligature. */
const isTex = (run: string) => /[\\{}~]|--|''|``/.test(run);

/**
 * Splits protected text into runs the decoder must see (`tex`) and runs it
 * would return unchanged. Runs break at white space outside braces; a run
 * ending in a control word (`\o`, `\bf`) keeps the next word, which the
 * command may take as its argument. The decoder's time grows with the length
 * of its input, so it reads only the TeX words of an abstract, not all of it.
 */
export function splitTexRuns(text: string): { text: string; tex: boolean }[] {
  const runs: { text: string; tex: boolean }[] = [];
  const push = (word: string) => {
    const tex = isTex(word);
    const last = runs.at(-1);
    if (last && last.tex === tex) last.text += word;
    else runs.push({ text: word, tex });
  };
  let depth = 0;
  let start = 0;
  // Where the last control word (`\o`, `\bf`) ends: white space there does not end the word.
  let controlEnd = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 92 /* \ */) {
      let j = i + 1;
      while (j < text.length && /[a-zA-Z]/.test(text[j]!)) j++;
      controlEnd = j > i + 1 ? j : -1;
      i = j > i + 1 ? j - 1 : i + 1;
    } else if (c === 123 /* { */) depth++;
    else if (c === 125 /* } */) depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === 32 || c === 10 || c === 9 || c === 13) && controlEnd !== i) {
      let end = i;
      while (end < text.length && /\s/.test(text[end]!)) end++;
      push(text.slice(start, end));
      start = end;
      i = end - 1;
    }
  }
  if (start < text.length) push(text.slice(start));
  return runs;
}
