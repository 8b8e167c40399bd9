import { z } from 'astro/zod';

/**
 * Every setting of a papershelf build, as one zod schema over the
 * environment variables that set them. Each field says what it is in its
 * `describe()` text, which the friendly errors of read-settings.ts quote, so
 * the message for a wrong value and the table in the README say the same.
 */

const trimmed = (fallback: string) =>
  z
    .string()
    .optional()
    .transform((v) => v?.trim() || fallback);

/** `https://example.org`: scheme and host only, with no path, query or fragment (the path is BASE_PATH's). */
const siteUrl = trimmed('http://localhost:4321')
  .pipe(z.string().regex(/^https?:\/\//i, { error: 'it has no scheme (https://)' }))
  .pipe(z.url({ error: 'it is not a web address' }))
  .transform((v) => v.replace(/\/+$/, ''))
  .refine((v) => new URL(v).pathname === '/' && !/[?#]/.test(v), { error: 'it has a path, query or fragment' });

/** `/` or `/papers/`: a leading slash, any trailing one added. */
const basePath = trimmed('/')
  .refine((v) => v.startsWith('/'), { error: 'it does not start with "/"' })
  .refine((v) => /^[A-Za-z0-9/._~%-]*$/.test(v), { error: 'it holds a character an address path cannot' })
  .transform((v) => `/${v.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/'));

/** The environment variables papershelf reads, each with what it means. */
export const settingsSchema = z
  .object({
    SITE_URL: siteUrl.describe('the public origin of the site, such as https://example.org'),
    BASE_PATH: basePath.describe('the path the site is served under, such as /papers/ (or / at the domain root)'),
    OUT_DIR: trimmed('dist').describe('the folder the site is written to'),
    CONTENT_DIR: trimmed('content').describe('the folder with sources/, topics.yaml and notes/'),
    SITE_TITLE: trimmed('papershelf').describe('the site name in the header and page titles'),
    SITE_DESCRIPTION: trimmed('Research paper summaries, sorted by topic and searchable offline.').describe('one sentence on the home page'),
    CITATION_STYLE: trimmed('apa')
      .pipe(z.string().regex(/^[A-Za-z0-9._-]+$/, { error: 'it is not a file name' }))
      .describe('the citation style shown first, a CSL file name without .csl (apa, ieee, chicago-author-date)'),
    OFFLINE_PAGES: trimmed('all')
      .transform((v) => v.toLowerCase())
      .pipe(z.enum(['all', 'none'], { error: 'it is neither "all" nor "none"' }))
      .describe('which pages are saved for offline reading on the first visit: all or none'),
  })
  .transform((env) => ({
    site: env.SITE_URL,
    base: env.BASE_PATH,
    outDir: env.OUT_DIR,
    contentDir: env.CONTENT_DIR,
    title: env.SITE_TITLE,
    description: env.SITE_DESCRIPTION,
    citationStyle: env.CITATION_STYLE,
    offlinePages: env.OFFLINE_PAGES,
    /** Astro's cache folder, one per content folder, so fixture sites never share a data store. */
    cacheDir: `.papershelf/cache/${env.CONTENT_DIR.replace(/[^A-Za-z0-9_-]+/g, '_')}`,
    /** Whether SITE_URL was set: without it, URLs in feeds and citations say localhost. */
    siteUrlSet: env.SITE_URL !== 'http://localhost:4321',
  }));

/** The validated settings every stage of the build reads. */
export type Settings = z.output<typeof settingsSchema>;

/** The names of the environment variables that are settings. */
export const SETTING_NAMES = Object.keys(settingsSchema.in.shape) as (keyof z.input<typeof settingsSchema>)[];
