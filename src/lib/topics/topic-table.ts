import type { Topic } from './taxonomy.ts';
import { countNoun } from '../count-noun.ts';

/** One line of a topic table: a topic, how many papers it holds and a few of their titles. */
export interface TopicRow {
  slug: string;
  name: string;
  count: number;
  /** Titles of the first papers on the topic, in record order. */
  examples: string[];
}

/**
 * Counts the papers of every topic of a placement (a paper on two topics
 * counts on both) and keeps `examples` titles of each, largest topics first,
 * ties in the order the topics are listed. Topics nobody is on are left out.
 */
export function tabulateTopics(titles: readonly string[], placed: readonly (readonly string[])[], topics: readonly Topic[], examples = 3): TopicRow[] {
  const rows = new Map(topics.map((t) => [t.slug, { slug: t.slug, name: t.name, count: 0, examples: [] as string[] }]));
  placed.forEach((slugs, i) => {
    for (const slug of slugs) {
      let row = rows.get(slug);
      if (!row) rows.set(slug, (row = { slug, name: slug, count: 0, examples: [] }));
      row.count++;
      if (row.examples.length < examples) row.examples.push(titles[i]!);
    }
  });
  const order = [...rows.keys()];
  return [...rows.values()].filter((r) => r.count > 0).sort((a, b) => b.count - a.count || order.indexOf(a.slug) - order.indexOf(b.slug));
}

/** Shortens a title to `width` characters for a one-line table cell. */
const clip = (text: string, width: number) => (text.length <= width ? text : `${text.slice(0, width - 1)}…`);

/**
 * The table as text a person reads in a terminal or a golden file: one line
 * per topic (`count  name`), its example titles indented below, then a
 * summary line with the number of papers.
 */
export function formatTopicTable(rows: readonly TopicRow[], papers: number, width = 90): string {
  const digits = String(Math.max(0, ...rows.map((r) => r.count))).length;
  const lines = rows.flatMap((r) => [`${String(r.count).padStart(digits)}  ${r.name}`, ...r.examples.map((t) => `${' '.repeat(digits)}    · ${clip(t, width)}`)]);
  return [...lines, `${countNoun(papers, 'paper')}, ${countNoun(rows.length, 'topic')}`].join('\n');
}
