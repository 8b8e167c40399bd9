import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { fingerprintPaper } from '../../src/lib/papers/identity.ts';
import type { PlannedPage } from '../../src/lib/papers/plan-pages.ts';
import { pickRelated, RELATED_FILE, topicOverlap, type RelatedCandidates, type RelatedInput, type RelatedMap } from '../../src/lib/related/related-papers.ts';
import type { CorpusVectors } from '../../src/lib/related/term-vectors.ts';
import type { SourceRecord } from '../../src/lib/sources/source-record.ts';
import { FALLBACK_TOPIC } from '../../src/lib/topics/taxonomy.ts';
import { writeDataFile } from './write-data-file.ts';

/** Related papers being computed, and when that started. */
export interface PendingRelated {
  /** Each record's identity in the lists, by its position among the records. */
  ids: string[];
  /** The records' term vectors, in record order: topic placement needs the same ones. */
  corpus: Promise<CorpusVectors>;
  lists: Promise<RelatedCandidates>;
  started: number;
}

/**
 * Starts computing every paper's related papers (`relatePapers`) on a worker
 * thread as soon as the records are read, so topics and pages are made
 * meanwhile: at ten thousand papers each takes seconds. Papers are known to
 * the worker by a fingerprint of their own text, not by slug (not decided
 * yet); that order breaks ties, so the lists never depend on source order.
 * The term vectors come first, so placement does not build them again.
 */
export function relateInWorker(records: readonly SourceRecord[]): PendingRelated {
  const ids = records.map((r, i) => `${fingerprintPaper(r.title, r.abstract)}-${i}`);
  const inputs: RelatedInput[] = records.map((r, i) => ({ slug: ids[i]!, title: r.title, abstract: r.abstract, categories: r.categories }));
  const worker = new Worker(new URL('./related-worker.ts', import.meta.url), { workerData: inputs });
  const answer = <K extends 'corpus' | 'lists'>(key: K) => {
    const promise = new Promise<WorkerAnswer[K]>((resolve, reject) => {
      const read = (message: Partial<WorkerAnswer>) => {
        if (message[key] === undefined) return;
        worker.off('message', read);
        resolve(message[key]);
      };
      worker.on('message', read);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`The related-papers worker stopped (exit code ${code})`)));
    });
    // A failure surfaces where the answer is awaited; until then it must not end the process as an unhandled rejection.
    promise.catch(() => undefined);
    return promise;
  };
  return { ids, corpus: answer('corpus'), lists: answer('lists'), started: performance.now() };
}

/** The worker's two messages (see related-worker.ts). */
interface WorkerAnswer {
  corpus: CorpusVectors;
  lists: RelatedCandidates;
}

/**
 * Waits for the candidate related papers, picks each page's five (those on
 * one of its topics first, see `pickRelated`: the topics are known by now)
 * and writes them into one data file next to the
 * pages (`<papers>/_related.json`) instead of into each page's front matter,
 * so a changed abstract rewrites one page and this file, not every page whose
 * list it changes. Writes only when the content differs. Returns the lists
 * and a report line.
 */
export async function writeRelated(dir: string, pending: PendingRelated, pages: readonly PlannedPage[]): Promise<{ related: RelatedMap; report: string }> {
  // Every record became a page, in order (a record that could not stops the build before this).
  if (pages.length !== pending.ids.length) throw new Error(`writeRelated: ${pages.length} pages for ${pending.ids.length} records`);
  const slugOf = new Map(pending.ids.map((id, i) => [id, pages[i]!.slug]));
  const lists = await pending.lists;
  const candidates: RelatedCandidates = {};
  for (const [id, list] of Object.entries(lists)) candidates[slugOf.get(id)!] = list.map((c) => ({ slug: slugOf.get(c.slug)!, score: c.score }));
  const topics = new Map(pages.map((p) => [p.slug, p.data.topics.filter((t) => t !== FALLBACK_TOPIC.slug)]));
  const related: RelatedMap = pickRelated(candidates, (slug) => topics.get(slug) ?? []);
  const share = topicOverlap(related, (slug) => topics.get(slug) ?? []);
  const changed = await writeDataFile(join(dir, RELATED_FILE), related);
  const ms = Math.round(performance.now() - pending.started);
  const percent = (x: number) => `${(x * 100).toFixed(0)}%`;
  return { related, report: `related papers: ${percent(share.pairs)} of pairs and ${percent(share.lists)} of lists share a topic with their paper (${changed ? 'written' : 'unchanged'}, ${ms} ms)` };
}
