/**
 * Worker thread of {@link relateInWorker}: computes related papers for the
 * inputs it is given and posts the map back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { relatePapers, type RelatedInput } from '../../src/lib/related/related-papers.ts';

parentPort!.postMessage(relatePapers(workerData as RelatedInput[]));
