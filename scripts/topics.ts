/**
 * `npm run topics -- <sources...> [--topics <topics.yaml>]`: places the papers
 * of the given source files (or folders of them) on topics exactly as the
 * build does and prints the topic table (name, paper count and three example
 * titles per topic), so a corpus can be judged at a glance. A content folder
 * (one holding `sources/`) is read with its own `topics.yaml`. Without
 * `--topics`, uses content/topics.yaml if the sources are in content/sources,
 * otherwise no taxonomy; `--topics none` derives every topic.
 */
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { formatDiagnostic, hasErrors, sortDiagnostics, type Diagnostic } from '../src/lib/diagnostics.ts';
import { mergeRecords } from '../src/lib/papers/merge-records.ts';
import { readSource } from '../src/lib/sources/read-source.ts';
import type { SourceRecord } from '../src/lib/sources/source-record.ts';
import { placePapers } from '../src/lib/topics/place-papers.ts';
import { FALLBACK_TOPIC, parseTaxonomy, type Topic } from '../src/lib/topics/taxonomy.ts';
import { formatTopicTable, tabulateTopics } from '../src/lib/topics/topic-table.ts';
import { listFiles } from './lib/fs-output.ts';

const args = process.argv.slice(2);
const at = args.indexOf('--topics');
const topicsArg = at >= 0 ? args[at + 1] : undefined;
const inputs = at < 0 ? args : args.filter((_, i) => i !== at && i !== at + 1);
if (inputs.length === 0) {
  console.error('Usage: npm run topics -- <source files or folders...> [--topics <topics.yaml> | --topics none]');
  process.exit(2);
}

const files: string[] = [];
let folderTopics: string | undefined;
for (const input of inputs) {
  if (!(await stat(input)).isDirectory()) {
    files.push(input);
    continue;
  }
  // A content folder (one with sources/) is read as the build reads it, with its own topics.yaml.
  const sources = existsSync(join(input, 'sources')) ? join(input, 'sources') : input;
  if (sources !== input && existsSync(join(input, 'topics.yaml'))) folderTopics ??= join(input, 'topics.yaml');
  // Like content/sources: the files, not subfolders or dot-files.
  files.push(...(await listFiles(sources)).map((n) => join(sources, n)));
}
const diagnostics: Diagnostic[] = [];
const records: SourceRecord[] = [];
for (const file of files) {
  const result = readSource(relative(process.cwd(), file), await readFile(file));
  records.push(...result.records);
  diagnostics.push(...result.diagnostics);
}
const taxonomyFile = topicsArg ?? folderTopics ?? (files.every((f) => relative('content/sources', f).split('/')[0] !== '..') ? 'content/topics.yaml' : undefined);
let taxonomy: Topic[] = [];
if (taxonomyFile && taxonomyFile !== 'none') {
  const parsed = parseTaxonomy(await readFile(taxonomyFile, 'utf8'), taxonomyFile);
  taxonomy = parsed.topics;
  diagnostics.push(...parsed.diagnostics);
}
for (const d of sortDiagnostics(diagnostics)) if (d.severity === 'error') console.error(formatDiagnostic(d));
if (hasErrors(diagnostics)) process.exit(1);

const merged = mergeRecords(records).records;
const placement = placePapers(merged, taxonomy);
const rows = tabulateTopics(merged.map((r) => r.title), placement.topics, [...taxonomy, ...placement.derived, FALLBACK_TOPIC]);
console.log(formatTopicTable(rows, merged.length));
console.log(`taxonomy: ${taxonomyFile ?? 'none'}; ${placement.byTaxonomy} paper(s) placed by it, ${placement.derivedPapers} on derived topics, ${placement.fallback} in the fallback topic`);
