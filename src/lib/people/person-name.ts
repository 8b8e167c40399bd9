import { decodeHTML } from 'entities';

/**
 * A name as an identity: what two spellings of one person share. Built from
 * the display string only for comparing and merging; the page keeps showing
 * the name as the source wrote it.
 */
export interface PersonName {
  /** Family name with its particles, folded: letters and digits only, no accents, lower case (`vanderberg`). */
  family: string;
  /** Given names, one entry per part, folded; a shortened part keeps its full stop (`j.`, `th.`). */
  given: string[];
  /** An organisation or a one-word name: it matches only the very same key, never by initials. */
  literal: boolean;
  /** The same for `Müller, Jürgen`, `Jürgen Muller` and `J{\"u}rgen M{\"u}ller`. */
  key: string;
}

/** Lower-case words that belong to the family name when they stand before it (`van der Berg`, `de la Cruz`). */
const PARTICLES = new Set(['van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'la', 'le', 'von', 'zu', 'ter', 'ten', 'op', 'het', "'t", 'bin', 'ibn', 'al', 'el', 'st.', 'y']);

/** Generational suffixes, which say nothing about which person of a family it is once removed. */
const SUFFIX = /^(?:jr\.?|sr\.?|ii|iii|iv|2nd|3rd)$/i;

/** Words that make a name an organisation or a group rather than a person. */
const ORGANISATION = /\b(?:collaboration|consortium|team|group|project|committee|council|association|society|foundation|institute|institut|university|universit[éy]|laboratory|lab|labs|inc|ltd|llc|corporation|corp|company|organi[sz]ation|network|alliance|initiative|center|centre|agency|department|working|force|contributors|authors)\b/i;

/** TeX letters that are not a base letter with an accent. */
const TEX_LETTERS: Record<string, string> = { ss: 'ss', o: 'o', O: 'O', l: 'l', L: 'L', aa: 'a', AA: 'A', ae: 'ae', AE: 'AE', oe: 'oe', OE: 'OE', i: 'i', j: 'j' };

/** Removes TeX accent commands and braces, and decodes HTML entities; accents themselves are folded later. */
function decodeForIdentity(text: string): string {
  return decodeHTML(text)
    .replace(/\\(ss|aa|AA|ae|AE|oe|OE|o|O|l|L|i|j)(?![A-Za-z])\s*/g, (_, name: string) => TEX_LETTERS[name]!)
    .replace(/\\[`'^"~=.uvHckrbd]\s*/g, '')
    .replace(/[{}]/g, '')
    .normalize('NFC');
}

/** Folds a word for comparison: accents removed, a few letters without a decomposition spelled out, lower case. */
export function foldWord(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss').replace(/[øØ]/g, 'o').replace(/[łŁ]/g, 'l').replace(/[đĐ]/g, 'd').replace(/ı/g, 'i').replace(/[æÆ]/g, 'ae').replace(/[œŒ]/g, 'oe')
    .toLowerCase();
}

/** `Jean-Pierre` → `jean`, `pierre`; `J.-P.` → `j.`, `p.`; `JP` stays one name. */
function givenParts(given: string): string[] {
  return given
    .split(/[\s\-‐‑]+/)
    .flatMap((word) => word.split(/(?<=\.)(?=\S)/))
    .map((part) => {
      const folded = foldWord(part).replace(/[^\p{L}\p{N}.]/gu, '');
      const stem = folded.replace(/\.+$/, '');
      if (!stem) return '';
      return folded.endsWith('.') || stem.length === 1 ? `${stem}.` : stem;
    })
    .filter(Boolean);
}

/** Splits `Given [particles] Family [Jr.]` into given and family words. */
function splitGivenFirst(words: string[]): { given: string[]; family: string[] } {
  const rest = [...words];
  while (rest.length > 2 && SUFFIX.test(rest.at(-1)!)) rest.pop();
  let start = rest.length - 1;
  while (start > 1 && PARTICLES.has(rest[start - 1]!.toLowerCase())) start--;
  return { given: rest.slice(0, start), family: rest.slice(start) };
}

/** Splits `Family, Given`, `Family, Jr., Given` and `Berg, Jan van der` into given and family words. */
function splitFamilyFirst(parts: string[]): { given: string[]; family: string[] } {
  const family = parts[0]!.split(/\s+/);
  const givenPart = parts.length >= 3 && SUFFIX.test(parts[1]!) ? parts[2]! : parts.slice(1).filter((p) => !SUFFIX.test(p)).join(' ');
  const given = givenPart.split(/\s+/).filter(Boolean);
  // Particles written after the given names still belong to the family name.
  const particles: string[] = [];
  while (given.length > 1 && PARTICLES.has(given.at(-1)!)) particles.unshift(given.pop()!);
  return { given, family: [...particles, ...family] };
}

/**
 * Reads a display name as an identity: `Family, Given` and `Given Family`
 * orders, particles (`van der`, `de la`), suffixes (`Jr.`), initials (`J.`,
 * `J.-P.`), TeX accents and HTML entities, all folded to plain lower-case
 * letters. Organisations (`ATLAS Collaboration`, `{OpenAI}`) and one-word
 * names are literal: their key is the whole folded name, as it is for any
 * name the source itself marks as an organisation (`organisation`).
 */
export function parsePersonName(display: string, organisation = false): PersonName {
  const braced = /^\s*\{[^{}]*\}\s*$/.test(display);
  const text = decodeForIdentity(display).replace(/\s+/g, ' ').trim();
  const parts = text.split(',').map((p) => p.trim()).filter(Boolean);
  const whole = foldWord(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const oneWord = parts.length === 1 && !text.includes(' ');
  if (organisation || braced || oneWord || ORGANISATION.test(text) || parts.length > 3) return { family: whole, given: [], literal: true, key: `=${whole}` };
  const familyFirst = parts.length >= 2 && !(parts.length === 2 && SUFFIX.test(parts[1]!));
  const split = familyFirst ? splitFamilyFirst(parts) : splitGivenFirst(parts[0]!.split(' '));
  const family = split.family.map((w) => foldWord(w).replace(/[^\p{L}\p{N}]/gu, '')).join('');
  const given = givenParts(split.given.join(' '));
  if (!family || given.length === 0) return { family: whole, given: [], literal: true, key: `=${whole}` };
  return { family, given, literal: false, key: `${family}|${given.join(' ')}` };
}

/** True when two given names can be the same: equal, or one is the other shortened (`j.` and `john`, `th.` and `thomas`). */
export function sameGivenName(a: string, b: string): boolean {
  if (a === b) return true;
  const stemA = a.endsWith('.') ? a.slice(0, -1) : undefined;
  const stemB = b.endsWith('.') ? b.slice(0, -1) : undefined;
  if (stemA !== undefined && b.startsWith(stemA)) return true;
  return stemB !== undefined && a.startsWith(stemB);
}

/**
 * True when two names can be one person: the same family name and given
 * names that agree part by part as far as both go (`J. Q. Smith` and `John
 * Smith`, not `John R. Smith`). Literal names are compatible only with
 * themselves.
 */
export function compatibleNames(a: PersonName, b: PersonName): boolean {
  if (a.literal || b.literal) return a.key === b.key;
  if (a.family !== b.family) return false;
  const shared = Math.min(a.given.length, b.given.length);
  for (let i = 0; i < shared; i++) if (!sameGivenName(a.given[i]!, b.given[i]!)) return false;
  return true;
}

/** How much a name says: full given names first, then given parts; the most telling spelling names a merged person. */
export function specificity(name: PersonName): number {
  return name.given.filter((g) => !g.endsWith('.')).length * 100 + name.given.length * 10 + name.given.join('').length / 100;
}
