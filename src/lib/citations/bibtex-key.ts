/** Letters that do not decompose into an ASCII letter and a mark. */
const FOLD: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', ł: 'l', þ: 'th', ı: 'i' };

/** Title words a key skips, as Google Scholar and Better BibTeX do. */
const SKIP = new Set(['a', 'an', 'the', 'on', 'of', 'in', 'for', 'to', 'and', 'with', 'from', 'at', 'by', 'is', 'are', 'do', 'does', 'how', 'what', 'why', 'when', 'towards', 'toward']);

/** Lower-case ASCII letters and digits of a word: `Müller` → `muller`, `Øre` → `ore`. */
function asciiWord(word: string): string {
  return word
    .toLowerCase()
    .replace(/[ßæœøđðłþı]/g, (c) => FOLD[c]!)
    .normalize('NFKD')
    .replace(/[^a-z0-9]/g, '');
}

/** The fields of a paper its key is made of. */
export interface KeyedPaper {
  title: string;
  authors?: readonly string[] | undefined;
  organizations?: readonly string[] | undefined;
  date?: string | undefined;
}

/**
 * The key a paper would have alone, in the common `surnameYEARfirstword`
 * style (`vaswani2017attention`): the first author's surname (the first word
 * of an organisation's name), the year and the first title word that is not
 * an article or preposition, each folded to ASCII. A part the paper lacks is
 * left out; math in the title is skipped. Never empty (`paper` at worst).
 */
export function citationKeyBase(paper: KeyedPaper): string {
  const first = paper.authors?.[0]?.trim() ?? '';
  const org = paper.organizations?.includes(first);
  const names = first.replace(/,?\s+(?:jr|sr|ii|iii|iv)\.?$/i, '').split(/\s+/);
  // "Last, First" gives the surname first; "First Last" gives it last.
  const surname = first.includes(',') && !org ? first.split(',')[0]! : org ? names[0]! : names.at(-1)!;
  const year = /^\d{4}/.exec(paper.date ?? '')?.[0] ?? '';
  const words = paper.title.replace(/\$[^$]*\$/g, ' ').split(/[\s\-–—:/]+/).map(asciiWord).filter(Boolean);
  const word = words.find((w) => !SKIP.has(w)) ?? words[0] ?? '';
  return `${asciiWord(surname)}${year}${word}` || 'paper';
}

/** `a`, `b`, ..., `z`, `aa`, `ab`, ...: the suffix of the n-th paper sharing a key (n from 0). */
function suffix(n: number): string {
  return (n >= 26 ? suffix(Math.floor(n / 26) - 1) : '') + String.fromCharCode(97 + (n % 26));
}

/**
 * Citation keys for a whole library, unique and stable: each paper gets its
 * {@link citationKeyBase}; where several share one, the one with the first
 * slug keeps it and the others get `a`, `b`, ... in slug order (skipping
 * keys another paper already has), so a key changes only when a paper with
 * the same base key and an earlier slug is added. Keys use `a-z 0-9` only,
 * which BibTeX, biber and every reference manager accept.
 */
export function assignCitationKeys(papers: readonly (KeyedPaper & { slug: string })[]): string[] {
  const bases = papers.map(citationKeyBase);
  const taken = new Set(bases);
  const keys: string[] = new Array(papers.length);
  const groups = new Map<string, number[]>();
  bases.forEach((base, i) => {
    const group = groups.get(base);
    if (group) group.push(i);
    else groups.set(base, [i]);
  });
  for (const [base, members] of groups) {
    members.sort((a, b) => (papers[a]!.slug < papers[b]!.slug ? -1 : papers[a]!.slug > papers[b]!.slug ? 1 : 0));
    keys[members[0]!] = base;
    let n = 0;
    for (const i of members.slice(1)) {
      let key = `${base}${suffix(n++)}`;
      while (taken.has(key)) key = `${base}${suffix(n++)}`;
      taken.add(key);
      keys[i] = key;
    }
  }
  return keys;
}
