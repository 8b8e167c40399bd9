/**
 * Stage 1: reads every file in `<content>/sources/`, turns each record into
 * one `<content>/papers/<slug>.mdx` page and writes the data files the site
 * reads next to them (topics in order, related papers, people, citations),
 * plus the small search pages Pagefind indexes. Problems go to the reporter;
 * when any is an error nothing is written, so the last good pages stay.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, relative } from 'node:path';
import { citationFiles, CITATIONS_FILE } from '../../src/lib/citations/citation-files.ts';
import { pageSignatures, type PageSignatures } from '../../src/lib/incremental/page-signatures.ts';
import { dropSettledWarnings, mergeRecords } from '../../src/lib/papers/merge-records.ts';
import { finishPages, preparePages } from '../../src/lib/papers/plan-pages.ts';
import { authorFilterNames, indexPeople, PEOPLE_FILE } from '../../src/lib/people/people-index.ts';
import type { Diagnostic } from '../../src/lib/diagnostics.ts';
import { StageFailure, type Reporter } from '../../src/lib/reporter.ts';
import type { Settings } from '../../src/lib/settings/settings-schema.ts';
import { noteSearchHtml } from '../../src/lib/search/note-search-html.ts';
import { readSource } from '../../src/lib/sources/read-source.ts';
import type { SourceRecord } from '../../src/lib/sources/source-record.ts';
import { placePapers, TOPICS_FILE } from '../../src/lib/topics/place-papers.ts';
import { FALLBACK_TOPIC, parseTaxonomy } from '../../src/lib/topics/taxonomy.ts';
import { listFiles, syncDirectory } from '../lib/fs-output.ts';
import { arrangePeople } from '../lib/people-and-selection.ts';
import { projectPaths } from '../lib/project-paths.ts';
import { writeDataFile } from '../lib/write-data-file.ts';
import { relateInWorker, writeRelated } from '../lib/write-related.ts';
import { writeSearchSource } from '../lib/write-search-source.ts';

/** What the paper-pages stage made, for the stages after it. */
export interface PaperPages {
  /** What each page's HTML depends on (see page-signatures.ts). */
  signatures: PageSignatures;
  /** Note files, relative to the project root: every page shows the notes' existence, so they sign the build. */
  noteFiles: string[];
  /** The file of small search pages (see write-search-source.ts). */
  searchSource: string;
  /** The summary lines for the build log. */
  summary: string[];
}

/** Runs the stage; throws a {@link StageFailure} when the reporter holds an error (then nothing was written). */
export async function writePaperPages(settings: Settings, reporter: Reporter, root = process.cwd()): Promise<PaperPages> {
  const paths = projectPaths(root, settings.contentDir);
  // Paths in reports and front matter are relative to the content folder's parent
  // (`content/sources/x.txt`), so they do not depend on where the project lives.
  const rel = (p: string) => relative(dirname(paths.content), p).split('\\').join('/') || '.';
  const papersExisted = existsSync(paths.papers);
  const started = performance.now();

  const taxonomyText = await readFile(paths.topics, 'utf8').catch(() => undefined);
  const taxonomy = taxonomyText === undefined ? { topics: [], diagnostics: [] } : parseTaxonomy(taxonomyText, rel(paths.topics));
  if (taxonomyText === undefined) {
    reporter.add({ file: rel(paths.topics), line: 0, severity: 'warning', rule: 'topics-missing', message: "No taxonomy file; topics are derived from the papers' own words.", hint: 'Create it to choose the topics yourself (see README).' });
  }
  reporter.add(...taxonomy.diagnostics);

  const sourceFiles = await listFiles(paths.sources);
  if (sourceFiles.length === 0) {
    reporter.add({ file: rel(paths.sources), line: 0, severity: 'error', rule: 'sources-empty', message: 'No source files.', hint: 'Put at least one listing (.txt), BibTeX (.bib), arXiv Atom (.xml) or JSON export into this folder.' });
  }
  const records: SourceRecord[] = [];
  const perFile: string[] = [];
  for (const name of sourceFiles) {
    const file = rel(`${paths.sources}/${name}`);
    const result = readSource(file, await readFile(`${paths.sources}/${name}`));
    records.push(...result.records);
    reporter.add(...result.diagnostics);
    if (result.records.length === 0 && result.diagnostics.length === 0) {
      reporter.add({ file, line: 0, severity: 'warning', rule: 'source-no-papers', message: 'No papers found in this file.', hint: 'Check that it is an export of papers (for a listing: titles and abstracts separated by blank lines), or remove the file.' });
    }
    perFile.push(`  ${file}: ${result.records.length} records`);
  }

  // The same paper from several exports becomes one page; each merge is reported.
  const merged = mergeRecords(records);
  const relating = relateInWorker(merged.records);
  reporter.replace([...dropSettledWarnings(reporter.diagnostics, merged.records, merged.groups), ...merged.diagnostics]);
  // What pages need beyond their topics is made while the related-papers thread builds the
  // term vectors, which placement then takes instead of building them again.
  const prepared = preparePages(merged.records);
  const placement = placePapers(merged.records, taxonomy.topics, {}, await relating.corpus);
  const plan = finishPages(prepared, (index) => placement.topics[index]!);
  reporter.add(...plan.diagnostics);
  // <content>/selected.yaml marks pages selected; every page's authors are grouped into people (people.yaml settles names).
  const shelf = await arrangePeople(paths.content, rel, plan.pages);
  plan.pages = shelf.pages;
  reporter.add(...shelf.diagnostics);
  const peopleIndex = indexPeople(shelf.people);

  // The one listing of the notes: the site build and the signatures take it from here.
  const noteNames = await listFiles(paths.notes, ['.mdx', '.md']);
  const slugs = new Set(plan.pages.map((p) => p.slug));
  for (const note of noteNames) {
    const slug = note.replace(/\.mdx?$/, '');
    if (!slugs.has(slug)) {
      reporter.add({ file: rel(`${paths.notes}/${note}`), line: 0, severity: 'warning', rule: 'note-orphan', message: `No paper has the slug "${slug}", so this note is not shown.`, hint: "Rename it after the paper's slug (see papers.json) or delete it." });
    }
  }
  if (reporter.failed) {
    const previous = papersExisted ? `the previous pages in ${rel(paths.papers)}/ are unchanged` : `there were no previous pages in ${rel(paths.papers)}/`;
    throw new StageFailure(`${reporter.count('error')} error(s); nothing was written, ${previous}`);
  }

  const sync = await syncDirectory(paths.papers, new Map(plan.pages.map((p) => [p.fileName, p.text])));
  // The one ordered list of topics: the taxonomy's, then the derived ones, then the fallback.
  const topics = [...taxonomy.topics, ...placement.derived, FALLBACK_TOPIC].map((t, order) => ({ ...t, order }));
  await writeDataFile(`${paths.papers}/${TOPICS_FILE}`, topics);
  await writeDataFile(`${paths.papers}/${PEOPLE_FILE}`, shelf.people);
  await writeDataFile(`${paths.papers}/${CITATIONS_FILE}`, citationFiles(plan.pages.map((p) => p.data), settings));
  // A page with a hand-written note is searched by the note's words too, taken from its source.
  const notes = new Map(await Promise.all(noteNames.map(async (n) => [n.replace(/\.mdx?$/, ''), noteSearchHtml(await readFile(`${paths.notes}/${n}`, 'utf8'))] as const)));
  const abstracts = new Map(merged.records.map((r) => [`${r.file}:${r.line}`, r.abstract]));
  const topicNames = new Map(topics.map((t) => [t.slug, t.name]));
  const searchWritten = await writeSearchSource(
    paths.searchSource,
    plan.pages.map((p) => ({
      data: p.data,
      abstract: abstracts.get(`${p.data.source.file}:${p.data.source.line}`) ?? [],
      topicNames: p.data.topics.map((slug) => topicNames.get(slug) ?? slug),
      authorNames: authorFilterNames(p.data.authors, peopleIndex),
      noteHtml: notes.get(p.slug),
    })),
  );
  const { related, report: relatedReport } = await writeRelated(paths.papers, relating, plan.pages);
  // What each page's HTML depends on, for the site build's incremental rendering.
  const signatures = pageSignatures(plan.pages, topics, related, shelf.people);
  const fallbackShare = merged.records.length ? ((100 * placement.fallback) / merged.records.length).toFixed(1) : '0';
  const noAbstract = plan.pages.filter((p) => !p.data.hasAbstract).length;
  const summary = [
    `paper pages: read ${records.length} records from ${sourceFiles.length} source file(s)`,
    ...perFile,
    `  papers: ${merged.records.length} (${merged.diagnostics.length} records merged into another)`,
    `  pages: ${plan.pages.length} (${sync.written.length} written, ${sync.unchanged.length} unchanged, ${sync.removed.length} removed)`,
    `  topics: ${taxonomy.topics.length} from the taxonomy, ${placement.derived.length} derived; ${placement.fallback} paper(s) (${fallbackShare}%) in the fallback topic; ${placement.byTaxonomy} placed by the taxonomy, ${placement.derivedPapers} on derived topics`,
    `  people: ${shelf.people.length} from ${plan.pages.reduce((n, p) => n + (p.data.authors?.length ?? 0), 0)} author names`,
    `  ${relatedReport}`,
    `  search pages: ${searchWritten ? 'written' : 'unchanged'}`,
    `  without abstract: ${noAbstract}; notes: ${noteNames.length}; warnings: ${reporter.count('warning')}`,
    `  done in ${Math.round(performance.now() - started)} ms`,
  ];
  const noteFiles = noteNames.map((n) => relative(root, `${paths.notes}/${n}`));
  return { signatures, noteFiles, searchSource: paths.searchSource, summary };
}

/**
 * Runs {@link writePaperPages} on a worker thread of this process and waits
 * for it. The site build does: the stage's records, phrases and pages, a few
 * hundred megabytes at 10,000 papers, are freed with the thread before Astro
 * starts, instead of staying in the heap Astro renders in.
 */
export async function writePaperPagesApart(settings: Settings, reporter: Reporter, root = process.cwd()): Promise<PaperPages> {
  const { Worker } = await import('node:worker_threads');
  const worker = new Worker(new URL('./paper-pages-worker.ts', import.meta.url), { workerData: { settings, root } });
  const result = await new Promise<{ pages?: PaperPages; failure?: string; error?: string; diagnostics: Diagnostic[] }>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The paper-pages stage stopped (exit code ${code})`)));
  });
  await worker.terminate();
  reporter.add(...result.diagnostics);
  if (result.failure !== undefined) throw new StageFailure(result.failure);
  if (!result.pages) throw new Error(result.error ?? 'The paper-pages stage failed');
  return result.pages;
}
