/**
 * Deterministic synthetic corpora for the benchmark: papers made by
 * recombining the words of real titles and the sentences of real abstracts
 * with a seeded generator, written in the plain-text listing format.
 */

/** mulberry32: a small, fast, seedable PRNG; the same seed gives the same corpus everywhere. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Titles and abstract sentences to recombine. */
export interface CorpusMaterial {
  titles: string[];
  abstracts: string[];
}

const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)]!;

/**
 * Makes a listing of `count` papers: each title joins the first half of one
 * real title to the second half of another plus a running number (so every
 * title is distinct), each abstract strings 5 to 9 real sentences together.
 */
export function makeSyntheticListing(material: CorpusMaterial, count: number, seed = 1): string {
  const random = seededRandom(seed);
  const titleWords = material.titles.map((t) => t.split(' '));
  const sentences = material.abstracts.flatMap((a) => a.split(/(?<=\.)\s+(?=[A-Z])/)).filter((s) => s.length > 20);
  const lines = ['new', '', 'Subscribe', '', 'Mar 14', ''];
  for (let i = 0; i < count; i++) {
    const a = pick(titleWords, random);
    const b = pick(titleWords, random);
    const title = [...a.slice(0, Math.ceil(a.length / 2)), ...b.slice(Math.ceil(b.length / 2)), `(${i + 1})`].join(' ');
    const n = 5 + Math.floor(random() * 5);
    const abstract = Array.from({ length: n }, () => pick(sentences, random)).join(' ');
    lines.push(title, '', abstract, '');
  }
  return lines.join('\n');
}
