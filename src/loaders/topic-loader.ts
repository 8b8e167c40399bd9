import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { Topic } from '../lib/topics/taxonomy.ts';

/**
 * Loads the site's topics, in order, from the file the paper-pages stage
 * wrote (`_topics.json`: the taxonomy's topics, the derived ones, the
 * fallback), so `topics.yaml` is parsed and the order decided only there.
 */
export function topicLoader(file: string): Loader {
  return {
    name: 'papershelf-topics',
    load: async ({ config, store, parseData }) => {
      const text = await readFile(resolve(fileURLToPath(config.root), file), 'utf8').catch(() => '[]');
      store.clear();
      for (const topic of JSON.parse(text) as (Topic & { order: number })[]) {
        const data = await parseData({ id: topic.slug, data: { ...topic } });
        store.set({ id: topic.slug, data });
      }
    },
  };
}
