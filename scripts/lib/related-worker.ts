/**
 * Worker thread of {@link relateInWorker}: computes the candidate related
 * papers of the inputs it is given and posts them back, after posting the
 * term vectors they are found by (`{ corpus }`, then `{ lists }`).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { relatePapers, type RelatedInput } from '../../src/lib/related/related-papers.ts';

const lists = relatePapers(workerData as RelatedInput[], {}, (corpus) => parentPort!.postMessage({ corpus }));
parentPort!.postMessage({ lists });
