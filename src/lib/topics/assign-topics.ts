import { FALLBACK_TOPIC, type Topic } from './taxonomy.ts';

/** At most this many topics per paper, best first. */
export const MAX_TOPICS_PER_PAPER = 3;
/** A title match counts this much; each abstract match counts one. */
const TITLE_WEIGHT = 3;
/** Minimum score for a topic to be assigned. */
const MIN_SCORE = 2;

/** Lowercases and pads text with spaces, punctuation turned into spaces, so phrases match whole words. */
function toMatchable(text: string): string {
  return ` ${text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
}

/** Counts occurrences of a phrase as whole words, allowing a plural or -ing/-ed ending on the last word. */
function countPhrase(haystack: string, phrase: string): number {
  const words = toMatchable(phrase).trim();
  if (!words) return 0;
  const escaped = words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const matches = haystack.match(new RegExp(` ${escaped}(?:s|es|ing|ed)? `, 'g'));
  return matches ? matches.length : 0;
}

/**
 * Scores each topic against a paper and returns the slugs of the best ones
 * (score of at least two: a title match, or two abstract matches), at most
 * {@link MAX_TOPICS_PER_PAPER}. Papers matching nothing get the fallback topic.
 */
export function assignTopics(title: string, abstract: readonly string[], topics: readonly Topic[]): string[] {
  const titleText = toMatchable(title);
  const abstractText = toMatchable(abstract.join(' '));
  const scored = topics
    .map((topic, order) => {
      let score = 0;
      for (const phrase of topic.match) {
        score += Math.min(countPhrase(titleText, phrase), 1) * TITLE_WEIGHT;
        score += Math.min(countPhrase(abstractText, phrase), 3);
      }
      return { slug: topic.slug, score, order };
    })
    .filter((t) => t.score >= MIN_SCORE)
    .sort((a, b) => b.score - a.score || a.order - b.order);
  const best = scored.slice(0, MAX_TOPICS_PER_PAPER).map((t) => t.slug);
  return best.length > 0 ? best : [FALLBACK_TOPIC.slug];
}
