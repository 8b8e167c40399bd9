import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { FALLBACK_TOPIC, parseTaxonomy, type Topic } from '../lib/topics/taxonomy.ts';

/**
 * Loads `topics.yaml`, then the topics the build script derived from the
 * papers (`derivedFile`, JSON; absent when every paper matched the taxonomy),
 * then the fallback topic, as one collection in that order.
 */
export function topicLoader(file: string, derivedFile: string): Loader {
  return {
    name: 'papershelf-topics',
    load: async ({ config, store, parseData }) => {
      const text = await readFile(resolve(fileURLToPath(config.root), file), 'utf8').catch(() => '');
      const { topics } = text ? parseTaxonomy(text, file) : { topics: [] };
      const derivedText = await readFile(resolve(fileURLToPath(config.root), derivedFile), 'utf8').catch(() => '[]');
      const derived = JSON.parse(derivedText) as Topic[];
      store.clear();
      for (const [order, topic] of [...topics, ...derived, FALLBACK_TOPIC].entries()) {
        const data = await parseData({ id: topic.slug, data: { ...topic, order } });
        store.set({ id: topic.slug, data });
      }
    },
  };
}
