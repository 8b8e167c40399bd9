import type { Diagnostic } from './diagnostics.ts';

/** Build-time settings read from the environment. */
export interface SiteOptions {
  /** Public origin, for canonical URLs and feeds (`SITE_URL`). */
  site: string;
  /** Path the site is served under, always with leading and trailing slash (`BASE_PATH`). */
  base: string;
  /** Where Astro writes the site (`OUT_DIR`, default `dist`). */
  outDir: string;
  /** Folder holding sources, topics.yaml, notes and generated papers (`CONTENT_DIR`). */
  contentDir: string;
  /** Astro's cache folder, one per content folder. */
  cacheDir: string;
  /** Site name in the header and page titles (`SITE_TITLE`). */
  title: string;
  /** One sentence on the home page and in meta descriptions (`SITE_DESCRIPTION`). */
  description: string;
  /** The citation style shown first under "Cite as" (`CITATION_STYLE`, default `apa`): a CSL file name without `.csl`. */
  citationStyle: string;
}

/** The origin pages are built for when `SITE_URL` is unset: right for `astro preview`, wrong anywhere else. */
export const DEFAULT_SITE_URL = 'http://localhost:4321';

/**
 * A warning when `SITE_URL` is unset, as canonical URLs, feeds, the sitemap
 * and the BibTeX `url` fields would then point at localhost; none when set.
 */
export function siteUrlWarning(env: Record<string, string | undefined>): Diagnostic | undefined {
  if (env.SITE_URL?.trim()) return undefined;
  return {
    file: 'SITE_URL',
    line: 0,
    severity: 'warning',
    rule: 'site-url-unset',
    message: `Not set, so canonical URLs, feeds, the sitemap and the BibTeX url fields say ${DEFAULT_SITE_URL}/... Set it to the address the site is served from: SITE_URL=https://example.org npm run build.`,
  };
}

/** Normalises a base path: `papershelf`, `/papershelf` and `/papershelf/` all give `/papershelf/`. */
export function normalizeBase(value: string | undefined): string {
  const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** Reads {@link SiteOptions} from environment variables, with defaults for a local build. */
export function siteOptions(env: Record<string, string | undefined>): SiteOptions {
  return {
    site: (env.SITE_URL?.trim() || DEFAULT_SITE_URL).replace(/\/+$/, ''),
    base: normalizeBase(env.BASE_PATH),
    outDir: env.OUT_DIR ?? 'dist',
    contentDir: env.CONTENT_DIR ?? 'content',
    title: env.SITE_TITLE?.trim() || 'papershelf',
    description: env.SITE_DESCRIPTION?.trim() || 'Research paper summaries, sorted by topic and searchable offline.',
    citationStyle: env.CITATION_STYLE?.trim() || 'apa',
    cacheDir: `.papershelf/cache/${(env.CONTENT_DIR ?? 'content').replace(/[^A-Za-z0-9_-]+/g, '_')}`,
  };
}
