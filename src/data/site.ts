import { getCollection, getEntry } from 'astro:content';
import { groupByTopic, type TopicWithPapers } from '../lib/catalog.ts';
import type { PaperData } from '../lib/paper-schema.ts';
import { withBase } from '../lib/urls.ts';

/** Site title and tagline shown in the header and on the home page. */
export const SITE = {
  title: 'papershelf',
  description: 'Research paper summaries, sorted by topic and searchable offline.',
};

/** Prefixes a site-relative path with the configured base path. */
export const url = (path = ''): string => withBase(import.meta.env.BASE_URL, path);

let cache: Promise<{ papers: PaperData[]; topics: TopicWithPapers[] }> | undefined;

/** All papers and topics, loaded once per build and shared by every page. */
export function loadCatalog() {
  cache ??= (async () => {
    const papers = (await getCollection('papers')).map((e) => e.data);
    const topics = (await getCollection('topics')).map((e) => e.data);
    return { papers, topics: groupByTopic(papers, topics) };
  })();
  return cache;
}

/** The hand-written note for a paper, when there is one. */
export function findNote(slug: string) {
  return getEntry('notes', slug);
}
