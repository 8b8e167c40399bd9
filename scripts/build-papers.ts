/**
 * Build step 1: reads every file in content/sources/, turns each record into
 * one content/papers/<slug>.mdx page, writes the data files the site reads
 * next to them (related papers, derived topics, page signatures) and the small
 * search pages Pagefind indexes, and prints a report. On any error it
 * changes nothing and exits 1, so the last good pages stay in place.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { hasErrors, reportDiagnostics, type Diagnostic } from '../src/lib/diagnostics.ts';
import { pageSignatures, SIGNATURES_FILE } from '../src/lib/incremental/page-signatures.ts';
import { authorFilterNames, indexPeople, PEOPLE_FILE } from '../src/lib/people/people-index.ts';
import { dropSettledWarnings, mergeRecords } from '../src/lib/papers/merge-records.ts';
import { planPages } from '../src/lib/papers/plan-pages.ts';
import { siteUrlWarning } from '../src/lib/site-options.ts';
import { readSource } from '../src/lib/sources/read-source.ts';
import type { SourceRecord } from '../src/lib/sources/source-record.ts';
import { DERIVED_TOPICS_FILE, placePapers } from '../src/lib/topics/place-papers.ts';
import { FALLBACK_TOPIC, parseTaxonomy } from '../src/lib/topics/taxonomy.ts';
import { listFiles, syncDirectory } from './lib/fs-output.ts';
import { arrangePeople } from './lib/people-and-selection.ts';
import { projectPaths } from './lib/project-paths.ts';
import { writeDataFile } from './lib/write-data-file.ts';
import { relateInWorker, writeRelated } from './lib/write-related.ts';
import { writeSearchSource } from './lib/write-search-source.ts';

const paths = projectPaths();
// Paths in reports and front matter are relative to the content folder's parent
// (`content/sources/x.txt`), so they do not depend on where the project lives.
const rel = (p: string) => relative(dirname(paths.content), p).split('\\').join('/') || '.';
// The full list of diagnostics goes next to the other build files, one per content folder.
const reportFile = paths.content === resolve(paths.root, 'content')
  ? resolve(paths.root, '.papershelf', 'report.txt')
  : resolve(paths.root, '.papershelf', 'reports', relative(paths.root, paths.content).replace(/[^A-Za-z0-9_-]+/g, '_'), 'report.txt');
const papersExisted = existsSync(paths.papers);
const diagnostics: Diagnostic[] = [];
const started = performance.now();
const siteUrl = siteUrlWarning(process.env);
if (siteUrl) diagnostics.push(siteUrl);

const taxonomyText = await readFile(paths.topics, 'utf8').catch(() => undefined);
const taxonomy = taxonomyText === undefined ? { topics: [], diagnostics: [] } : parseTaxonomy(taxonomyText, rel(paths.topics));
if (taxonomyText === undefined) {
  diagnostics.push({ file: rel(paths.topics), line: 0, severity: 'warning', rule: 'topics-missing', message: 'No taxonomy file; topics are derived from the papers\' own words. Create it to choose the topics yourself (see README).' });
}
diagnostics.push(...taxonomy.diagnostics);

const sourceFiles = await listFiles(paths.sources);
if (sourceFiles.length === 0) {
  diagnostics.push({ file: rel(paths.sources), line: 0, severity: 'error', rule: 'sources-empty', message: 'No source files. Put at least one listing (.txt), BibTeX (.bib), arXiv Atom (.xml) or JSON export into this folder.' });
}
const records: SourceRecord[] = [];
const perFile: string[] = [];
for (const name of sourceFiles) {
  const file = rel(`${paths.sources}/${name}`);
  const result = readSource(file, await readFile(`${paths.sources}/${name}`));
  records.push(...result.records);
  diagnostics.push(...result.diagnostics);
  if (result.records.length === 0 && result.diagnostics.length === 0) {
    diagnostics.push({ file, line: 0, severity: 'warning', rule: 'source-no-papers', message: 'No papers found in this file. Check that it is an export of papers (for a listing: titles and abstracts separated by blank lines), or remove the file.' });
  }
  perFile.push(`  ${file}: ${result.records.length} records`);
}

// The same paper from several exports becomes one page; each merge is reported.
const merged = mergeRecords(records);
const relating = relateInWorker(merged.records);
diagnostics.splice(0, diagnostics.length, ...dropSettledWarnings(diagnostics, merged.records, merged.groups), ...merged.diagnostics);
const placement = placePapers(merged.records, taxonomy.topics);
const plan = planPages(merged.records, taxonomy.topics, placement.topics);
diagnostics.push(...plan.diagnostics);
// content/selected.yaml marks pages selected; every page's authors are grouped into people (content/people.yaml settles names).
const shelf = await arrangePeople(paths.content, rel, plan.pages);
plan.pages = shelf.pages;
diagnostics.push(...shelf.diagnostics);
const peopleIndex = indexPeople(shelf.people);

const noteFiles = await listFiles(paths.notes, ['.mdx', '.md']);
const slugs = new Set(plan.pages.map((p) => p.slug));
for (const note of noteFiles) {
  const slug = note.replace(/\.mdx?$/, '');
  if (!slugs.has(slug)) {
    diagnostics.push({ file: rel(`${paths.notes}/${note}`), line: 0, severity: 'warning', rule: 'note-orphan', message: `No paper has the slug "${slug}", so this note is not shown. Rename it after the paper's slug (see papers.json) or delete it.` });
  }
}

const report = reportDiagnostics(diagnostics, { fullList: relative(paths.root, reportFile).split('\\').join('/') });
await mkdir(dirname(reportFile), { recursive: true });
await writeFile(reportFile, report.full);
for (const line of report.lines) console.error(line);
if (hasErrors(diagnostics)) {
  const count = diagnostics.filter((d) => d.severity === 'error').length;
  const previous = papersExisted ? `the previous pages in ${rel(paths.papers)}/ are unchanged` : `there were no previous pages in ${rel(paths.papers)}/`;
  console.error(`\nbuild-papers: ${count} error(s); nothing was written, ${previous}.`);
  process.exit(1);
}

const sync = await syncDirectory(paths.papers, new Map(plan.pages.map((p) => [p.fileName, p.text])));
await writeDataFile(`${paths.papers}/${DERIVED_TOPICS_FILE}`, placement.derived);
await writeDataFile(`${paths.papers}/${PEOPLE_FILE}`, shelf.people);
const topics = [...taxonomy.topics, ...placement.derived, FALLBACK_TOPIC].map((t, order) => ({ ...t, order }));
// Pages with a hand-written note are indexed from their built HTML, which holds the note.
const noted = new Set(noteFiles.map((n) => n.replace(/\.mdx?$/, '')));
const abstracts = new Map(merged.records.map((r) => [`${r.file}:${r.line}`, r.abstract]));
const topicNames = new Map(topics.map((t) => [t.slug, t.name]));
const searchWritten = await writeSearchSource(
  paths.searchSource,
  plan.pages.filter((p) => !noted.has(p.slug)).map((p) => ({
    data: p.data,
    abstract: abstracts.get(`${p.data.source.file}:${p.data.source.line}`) ?? [],
    topicNames: p.data.topics.map((slug) => topicNames.get(slug) ?? slug),
    authorNames: authorFilterNames(p.data.authors, peopleIndex),
  })),
);
const { related, report: relatedReport } = await writeRelated(paths.papers, relating, plan.pages);
// What each page's HTML depends on, for the site build's incremental rendering.
await writeDataFile(`${paths.papers}/${SIGNATURES_FILE}`, pageSignatures(plan.pages, topics, related, shelf.people));
const fallbackShare = merged.records.length ? ((100 * placement.fallback) / merged.records.length).toFixed(1) : '0';
const noAbstract = plan.pages.filter((p) => !p.data.hasAbstract).length;
const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
console.log(
  [
    `build-papers: read ${records.length} records from ${sourceFiles.length} source file(s)`,
    ...perFile,
    `  papers: ${merged.records.length} (${merged.diagnostics.length} records merged into another)`,
    `  pages: ${plan.pages.length} (${sync.written.length} written, ${sync.unchanged.length} unchanged, ${sync.removed.length} removed)`,
    `  topics: ${taxonomy.topics.length} from the taxonomy, ${placement.derived.length} derived; ${placement.fallback} paper(s) (${fallbackShare}%) in the fallback topic; ${placement.byTaxonomy} placed by the taxonomy, ${placement.derivedPapers} on derived topics`,
    `  people: ${shelf.people.length} from ${plan.pages.reduce((n, p) => n + (p.data.authors?.length ?? 0), 0)} author names`,
    `  ${relatedReport}`,
    `  search pages: ${searchWritten ? 'written' : 'unchanged'}`,
    `  without abstract: ${noAbstract}; notes: ${noteFiles.length}; warnings: ${warnings}`,
    `  done in ${Math.round(performance.now() - started)} ms`,
  ].join('\n'),
);
