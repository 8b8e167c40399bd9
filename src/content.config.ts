import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { paperLoader } from './loaders/paper-loader.ts';
import { peopleLoader } from './loaders/people-loader.ts';
import { relatedLoader } from './loaders/related-loader.ts';
import { topicLoader } from './loaders/topic-loader.ts';
import { paperSchema } from './lib/paper-schema.ts';
import { personSchema } from './lib/people/person-schema.ts';
import { TOPICS_FILE } from './lib/topics/place-papers.ts';
import { settings } from 'virtual:papershelf/config';

const { contentDir } = settings;

/** Generated paper pages (content/papers/*.mdx), rendered through the Markdown path. */
const papers = defineCollection({ loader: paperLoader(`${contentDir}/papers`), schema: paperSchema });

/**
 * Hand-written notes (content/notes/<slug>.mdx), compiled as MDX so components
 * work. The folder is optional: without it the collection is empty, quietly.
 */
const notesDir = resolve(contentDir, 'notes');
const notes = defineCollection({
  loader: existsSync(notesDir) ? glob({ pattern: '**/*.{md,mdx}', base: notesDir }) : { name: 'no-notes', load: async () => {} },
});

/** Every topic in order (the taxonomy's, the derived ones, the fallback), as the paper-pages stage listed them. */
const topics = defineCollection({
  loader: topicLoader(`${contentDir}/papers/${TOPICS_FILE}`),
  schema: z.object({ slug: z.string(), name: z.string(), description: z.string(), match: z.array(z.string()), order: z.number() }),
});

/** Each paper's related papers, computed by the build script into content/papers/_related.json. */
const related = defineCollection({ loader: relatedLoader(`${contentDir}/papers`), schema: z.object({ related: z.array(z.string()) }) });

/** The site's people (authors merged across spellings), computed by the build script into content/papers/_people.json. */
const people = defineCollection({
  loader: peopleLoader(`${contentDir}/papers`),
  schema: personSchema,
});

export const collections = { papers, notes, topics, related, people };
