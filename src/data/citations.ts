import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cslItemOf } from '../lib/citations/csl-item.ts';
import { siteStyles } from '../lib/citations/citation-styles.ts';
import { formatCitations, type FormattedCitation } from '../lib/citations/format-citations.ts';
import { settings } from 'virtual:papershelf/config';
import { BUNDLED_STYLES } from '../lib/settings/check-settings.ts';
import { paperPath } from '../lib/urls.ts';
import { absoluteUrl, loadCatalog, papersToRender } from './site.ts';

/** The `.csl` and locale files of a folder, by file name; none when the folder is missing. */
function cslFiles(folder: string): { name: string; xml: string }[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => /\.(?:csl|xml)$/.test(name))
    .sort()
    .map((name) => ({ name, xml: readFileSync(join(folder, name), 'utf8') }));
}

let citations: Promise<Map<string, FormattedCitation[]>> | undefined;

/**
 * A paper's formatted citations ("Cite as"), the default style
 * (`CITATION_STYLE`) first. The styles and the en-US locale ship in
 * `src/data/csl/`; CSL files (and `locales-xx-XX.xml` files) in
 * `content/csl/` add to them or replace them. Every paper this build renders
 * is formatted once, in batches, on the first call; nothing is fetched.
 */
export async function citationsOf(slug: string, site: URL | undefined): Promise<FormattedCitation[]> {
  citations ??= (async () => {
    const files = [...cslFiles(resolve(BUNDLED_STYLES)), ...cslFiles(resolve(settings.contentDir, 'csl'))];
    const styles = siteStyles(files.filter((f) => f.name.endsWith('.csl')), settings.citationStyle);
    const locales = new Map(files.flatMap((f) => {
      const lang = /^locales-(.+)\.xml$/.exec(f.name)?.[1];
      return lang ? [[lang, f.xml] as const] : [];
    }));
    const only = papersToRender();
    const papers = (await loadCatalog()).papers.filter((p) => !only || only.has(p.slug));
    return formatCitations(papers.map((p) => cslItemOf(p, absoluteUrl(paperPath(p.slug), site))), styles, locales);
  })();
  return (await citations).get(slug) ?? [];
}
