import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { FALLBACK_TOPIC, parseTaxonomy } from '../lib/topics/taxonomy.ts';

/** Loads `topics.yaml` (plus the fallback topic) as a collection, in file order. */
export function topicLoader(file: string): Loader {
  return {
    name: 'papershelf-topics',
    load: async ({ config, store, parseData }) => {
      const text = await readFile(resolve(fileURLToPath(config.root), file), 'utf8').catch(() => '');
      const { topics } = text ? parseTaxonomy(text, file) : { topics: [] };
      store.clear();
      for (const [order, topic] of [...topics, FALLBACK_TOPIC].entries()) {
        const data = await parseData({ id: topic.slug, data: { ...topic, order } });
        store.set({ id: topic.slug, data });
      }
    },
  };
}
