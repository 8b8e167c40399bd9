import { deriveTopics, paperWordKeys, type DeriveInput } from './derive-topics.ts';
import { buildTermVectors } from '../related/term-vectors.ts';
import { joinNeighbours, neighboursOf } from './join-neighbours.ts';
import { contentWordKeys, extractKeyphrases } from './keyphrases.ts';
import type { Topic } from './taxonomy.ts';

/** How often a topic that is still too big is split again, among the papers the last split left on it. */
const ROUNDS = 3;

/** Papers per topic slug, in order of first appearance. */
function membersOf(placed: readonly (readonly string[])[]): Map<string, number[]> {
  const members = new Map<string, number[]>();
  placed.forEach((slugs, i) => slugs.forEach((s) => (members.get(s) ?? members.set(s, []).get(s)!).push(i)));
  return members;
}

/**
 * Splits every topic holding more than `cap` papers by the phrases its own
 * papers share (see {@link deriveTopics}; the topic's own name does not
 * count, nor do the `reserved` keys of other topics' names): a paper with such a phrase moves from the big topic to the
 * sub-topic, in the same place on its list; papers without one stay. Repeats
 * on the rest while the topic is still too big. Changes `placed`; returns the
 * new topics, named by their phrase.
 */
export function splitOversized(placed: string[][], inputs: readonly DeriveInput[], topics: readonly Topic[], cap: number, taken: Set<string>, reserved: ReadonlySet<string> = new Set()): Topic[] {
  const created: Topic[] = [];
  const names = new Map(topics.map((t) => [t.slug, t.name]));
  for (const [slug, all] of membersOf(placed)) {
    if (all.length <= cap) continue;
    const own = new Set([...reserved, ...extractKeyphrases(names.get(slug) ?? slug).map((k) => k.key)]);
    let members = all;
    const moved: string[][] = all.map(() => []);
    for (let round = 0; round < ROUNDS && members.length > cap; round++) {
      // Sub-topics need more than two papers' worth of support in a big topic, or noise names them.
      const minSize = Math.max(2, Math.round(members.length / 30));
      const { topics: subs, assignments } = deriveTopics(members.map((i) => inputs[i]!), taken, { minSize, maxTopics: 16, perPaper: 1, maxSize: cap, exclude: own });
      if (subs.length === 0) break;
      subs.forEach((t) => taken.add(t.slug));
      created.push(...subs);
      members.forEach((paper, k) => {
        if (assignments[k]![0]) moved[all.indexOf(paper)] = [assignments[k]![0]!];
      });
      members = members.filter((_, k) => assignments[k]!.length === 0);
    }
    // Still too big: papers that have another topic leave this one first; then the rest join the
    // sub-topic their most related papers in the topic are on, one whose name they use if they can,
    // except as many as the topic may keep (the first ones, so the result stays deterministic).
    let keep = members.length;
    for (const paper of members) {
      if (keep <= cap) break;
      if (placed[paper]!.length > 1) {
        placed[paper]!.splice(placed[paper]!.indexOf(slug), 1);
        keep--;
      }
    }
    members = members.filter((paper) => placed[paper]!.includes(slug));
    if (members.length > cap) {
      const neighbours = neighboursOf(() => buildTermVectors(all.map((i) => inputs[i]!), { phrases: false }).vectors);
      const subWords = new Map(created.map((t) => [t.slug, contentWordKeys(t.name)]));
      const fits = (k: number, topic: string) => [...(subWords.get(topic) ?? [])].some((w) => paperWordKeys(inputs[all[k]!]!).has(w));
      joinNeighbours(neighbours, moved, 1, fits);
      const still = members.filter((paper) => moved[all.indexOf(paper)]!.length === 0);
      if (still.length > cap) joinNeighbours(neighbours, moved, 1);
      const left = members.filter((paper) => moved[all.indexOf(paper)]!.length === 0);
      // Those that found no sub-topic stay, then the first of those that did, up to the cap.
      [...left, ...members.filter((p) => !left.includes(p))].slice(0, cap).forEach((paper) => (moved[all.indexOf(paper)] = []));
    }
    all.forEach((paper, k) => {
      const sub = moved[k]![0];
      const list = placed[paper]!;
      if (!sub || !list.includes(slug)) return;
      list.splice(list.indexOf(slug), 1, ...(list.includes(sub) ? [] : [sub]));
    });
  }
  const used = new Set(placed.flat());
  return created.filter((t) => used.has(t.slug));
}

/**
 * Takes every topic holding fewer than `min` papers off its papers: a topic
 * page with one paper groups nothing. Changes `placed` (a paper may be left
 * with no topic); returns the slugs removed.
 */
export function dropSmallTopics(placed: string[][], min: number): Set<string> {
  const small = new Set([...membersOf(placed)].filter(([, m]) => m.length < min).map(([s]) => s));
  if (small.size > 0) placed.forEach((slugs, i) => (placed[i] = slugs.filter((s) => !small.has(s))));
  return small;
}
