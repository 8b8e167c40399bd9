/**
 * Worker thread of {@link relateInWorker}: computes the candidate related
 * papers of the inputs it is given and posts them back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { relatePapers, type RelatedInput } from '../../src/lib/related/related-papers.ts';

parentPort!.postMessage(relatePapers(workerData as RelatedInput[]));
