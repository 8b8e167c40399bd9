import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { PlannedPage } from '../../src/lib/papers/plan-pages.ts';
import { RELATED_FILE, topicOverlapShare, type RelatedInput, type RelatedMap } from '../../src/lib/related/related-papers.ts';
import type { SourceRecord } from '../../src/lib/sources/source-record.ts';
import { FALLBACK_TOPIC } from '../../src/lib/topics/taxonomy.ts';
import { writeDataFile } from './write-data-file.ts';

/** Related papers being computed, and when that started. */
export interface PendingRelated {
  pages: readonly PlannedPage[];
  lists: Promise<RelatedMap>;
  started: number;
}

/**
 * Starts computing every paper's related papers (`relatePapers`) on a worker
 * thread, so the pages are written meanwhile: at ten thousand papers each
 * takes seconds.
 */
export function relateInWorker(pages: readonly PlannedPage[], records: readonly SourceRecord[]): PendingRelated {
  const abstracts = new Map(records.map((r) => [`${r.file}:${r.line}`, r.abstract]));
  const inputs: RelatedInput[] = pages.map((p) => ({ slug: p.slug, title: p.data.title, abstract: abstracts.get(`${p.data.source.file}:${p.data.source.line}`) ?? [] }));
  const lists = new Promise<RelatedMap>((resolve, reject) => {
    const worker = new Worker(new URL('./related-worker.ts', import.meta.url), { workerData: inputs });
    worker.once('message', (map: RelatedMap) => resolve(map));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The related-papers worker stopped (exit code ${code})`)));
  });
  return { pages, lists, started: performance.now() };
}

/**
 * Waits for the related papers and writes them into one data file next to the
 * pages (`<papers>/_related.json`) instead of into each page's front matter,
 * so a changed abstract rewrites one page and this file, not every page whose
 * list it changes. Writes only when the content differs. Returns the lists
 * and a report line.
 */
export async function writeRelated(dir: string, pending: PendingRelated): Promise<{ related: RelatedMap; report: string }> {
  const related = await pending.lists;
  const topics = new Map(pending.pages.map((p) => [p.slug, p.data.topics]));
  const share = topicOverlapShare(related, (slug) => topics.get(slug) ?? [], [FALLBACK_TOPIC.slug]);
  const changed = await writeDataFile(join(dir, RELATED_FILE), related);
  const ms = Math.round(performance.now() - pending.started);
  return { related, report: `related papers: ${(share * 100).toFixed(0)}% of lists share a topic with their paper (${changed ? 'written' : 'unchanged'}, ${ms} ms)` };
}
