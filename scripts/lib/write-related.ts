import { join } from 'node:path';
import type { PlannedPage } from '../../src/lib/papers/plan-pages.ts';
import { RELATED_FILE, relatePapers, topicOverlapShare, type RelatedMap } from '../../src/lib/related/related-papers.ts';
import type { SourceRecord } from '../../src/lib/sources/source-record.ts';
import { FALLBACK_TOPIC } from '../../src/lib/topics/taxonomy.ts';
import { writeDataFile } from './write-data-file.ts';

/**
 * Computes every paper's related papers into one data file next to the pages
 * (`<papers>/_related.json`) instead of into each page's front matter, so a
 * changed abstract rewrites one page and this file, not every page whose list
 * it changes. Writes only when the content differs. Returns the lists and a
 * report line.
 */
export async function writeRelated(dir: string, pages: readonly PlannedPage[], records: readonly SourceRecord[]): Promise<{ related: RelatedMap; report: string }> {
  const started = performance.now();
  const abstracts = new Map(records.map((r) => [`${r.file}:${r.line}`, r.abstract]));
  const related = relatePapers(pages.map((p) => ({ slug: p.slug, title: p.data.title, abstract: abstracts.get(`${p.data.source.file}:${p.data.source.line}`) ?? [] })));
  const topics = new Map(pages.map((p) => [p.slug, p.data.topics]));
  const share = topicOverlapShare(related, (slug) => topics.get(slug) ?? [], [FALLBACK_TOPIC.slug]);
  const changed = await writeDataFile(join(dir, RELATED_FILE), related);
  const ms = Math.round(performance.now() - started);
  return { related, report: `related papers: ${(share * 100).toFixed(0)}% of lists share a topic with their paper (${changed ? 'written' : 'unchanged'}, ${ms} ms)` };
}
