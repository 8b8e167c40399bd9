/**
 * Deterministic synthetic author lists for the benchmark: names made from
 * syllables, drawn so that a few people write many papers and most write one
 * or two, as in a real library, and spelled the ways exports spell them
 * (`Given Family`, `Family, Given`, initials).
 */
import { seededRandom } from './synthetic-corpus.ts';

const SYLLABLES = ['ka', 'lo', 'mi', 'ran', 'te', 'su', 'vo', 'zen', 'ba', 'dor', 'el', 'fi', 'gan', 'hu', 'ir', 'jo', 'ny', 'pe', 'qui', 'sha'];

/** A capitalised name of two or three syllables, the same for the same number. */
function nameOf(n: number, random: () => number): string {
  const parts = Array.from({ length: 2 + Math.floor(random() * 2) }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]!);
  const word = parts.join('') + (n % 7 === 0 ? '' : SYLLABLES[n % SYLLABLES.length]!);
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * Author lists for `count` papers, 1 to 8 authors each, from about
 * `count * 2.5` people; one person in three is spelled with initials or
 * family name first on some papers.
 */
export function makeSyntheticAuthors(count: number, seed = 1): string[][] {
  const random = seededRandom(seed);
  const people = Math.max(1, Math.round(count * 2.5));
  const family = Array.from({ length: people }, (_, i) => nameOf(i, random));
  const given = Array.from({ length: 400 }, (_, i) => nameOf(i + 1, random));
  const person = Array.from({ length: people }, (_, i) => ({ given: given[Math.floor(random() * given.length)]!, family: family[i]! }));
  return Array.from({ length: count }, () => {
    const n = 1 + Math.floor(random() * 8);
    const names = new Set<string>();
    for (let i = 0; i < n; i++) {
      // Squaring the draw makes low numbers (prolific people) far more likely than high ones.
      const p = person[Math.floor(random() ** 2 * people)]!;
      const style = random();
      names.add(style < 0.15 ? `${p.given.charAt(0)}. ${p.family}` : style < 0.3 ? `${p.family}, ${p.given}` : `${p.given} ${p.family}`);
    }
    return [...names];
  });
}
