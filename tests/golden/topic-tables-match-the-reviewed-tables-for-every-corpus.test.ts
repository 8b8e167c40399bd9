/**
 * Places the papers of every fixture corpus that holds an `expected-topics.txt`
 * (real exports of 100 or more papers from one field) exactly as the build
 * does, with the shipped taxonomy as a new user has it (or the corpus's own
 * `topics.yaml`), and compares the topic table with the reviewed one. Also
 * checks the rules a reader relies on. After an intended change, rewrite the
 * tables with `UPDATE_GOLDEN=1 npx vitest run tests/golden -t "<corpus>"`
 * and read the diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { mergeRecords } from '../../src/lib/papers/merge-records.ts';
import { readSource } from '../../src/lib/sources/read-source.ts';
import type { SourceRecord } from '../../src/lib/sources/source-record.ts';
import { isCategoryCode } from '../../src/lib/topics/category-names.ts';
import { GENERIC_WORDS } from '../../src/lib/topics/generic-words.ts';
import { placePapers, type Placement } from '../../src/lib/topics/place-papers.ts';
import { FALLBACK_TOPIC, parseTaxonomy, type Topic } from '../../src/lib/topics/taxonomy.ts';
import { formatTopicTable, tabulateTopics, type TopicRow } from '../../src/lib/topics/topic-table.ts';
import { isReadableKeyword, isReadableName } from '../../src/lib/topics/topic-names.ts';
import { ROOT } from '../helpers/build-site.ts';

const FIXTURES_DIR = join(ROOT, 'tests', 'fixtures');
const GOLDEN = 'expected-topics.txt';
const corpora = readdirSync(FIXTURES_DIR).filter((name) => existsSync(join(FIXTURES_DIR, name, GOLDEN)));

interface Placed {
  records: SourceRecord[];
  taxonomy: Topic[];
  placement: Placement;
  rows: TopicRow[];
}

/** Reads a sources folder and places its papers: `readSource`, `mergeRecords`, then `placePapers`, as the build does. */
function place(sourcesDir: string, taxonomyFile: string): Placed {
  const records = readdirSync(sourcesDir).sort().flatMap((name) => readSource(`sources/${name}`, readFileSync(join(sourcesDir, name))).records);
  const merged = mergeRecords(records).records;
  const taxonomy = parseTaxonomy(readFileSync(taxonomyFile, 'utf8'), taxonomyFile).topics;
  const placement = placePapers(merged, taxonomy);
  const rows = tabulateTopics(merged.map((r) => r.title), placement.topics, [...taxonomy, ...placement.derived, FALLBACK_TOPIC]);
  return { records: merged, taxonomy, placement, rows };
}

/** The rules every site's topic list keeps, whatever the field. */
function expectReadableBalancedTopics({ records, taxonomy, placement, rows }: Placed): void {
  const n = records.length;
  const taxonomyNames = new Set(taxonomy.map((t) => t.name));
  expect(placement.fallback / n, 'fallback share').toBeLessThanOrEqual(0.1);
  for (const row of rows) {
    if (row.slug === FALLBACK_TOPIC.slug) continue;
    if (n >= 40) expect(row.count / n, `${row.name} holds over a quarter of the papers`).toBeLessThanOrEqual(0.25);
    expect(row.count, `${row.name} holds one paper`).toBeGreaterThanOrEqual(2);
    expect(isCategoryCode(row.name), `${row.name} is a raw category code`).toBe(false);
    expect(GENERIC_WORDS.has(row.name.toLowerCase()), `${row.name} is a generic word`).toBe(false);
    if (taxonomyNames.has(row.name)) continue;
    const derived = placement.derived.find((t) => t.slug === row.slug)!;
    // Categories, keywords and one-word nouns name a topic alone; other names are phrases.
    const single = derived.description.includes('category or keyword') || !row.name.includes(' ');
    expect(single ? isReadableKeyword(row.name) : isReadableName(row.name), `${row.name} is not a readable name`).toBe(true);
  }
  expect(placement.byTaxonomy + placement.derivedPapers + placement.fallback).toBe(n);
}

describe.each(corpora)('%s', (name) => {
  const dir = join(FIXTURES_DIR, name);
  let placed: Placed;
  beforeAll(() => {
    const own = join(dir, 'topics.yaml');
    placed = place(join(dir, 'sources'), existsSync(own) ? own : join(ROOT, 'content', 'topics.yaml'));
  });

  test('holds a hundred papers or more, each with its topics', () => {
    expect(placed.records.length).toBeGreaterThanOrEqual(100);
    expect(placed.placement.topics.every((t) => t.length > 0)).toBe(true);
  });

  test('places the papers as the reviewed topic table says', () => {
    const { placement, records, rows } = placed;
    const table = `${formatTopicTable(rows, records.length)}\n${placement.byTaxonomy} placed by the taxonomy, ${placement.derivedPapers} on derived topics, ${placement.fallback} in the fallback topic\n`;
    const file = join(dir, GOLDEN);
    if (process.env.UPDATE_GOLDEN) writeFileSync(file, table);
    expect(table).toBe(readFileSync(file, 'utf8'));
  });

  test('names every topic by specific words, keeps each under a quarter of the papers and the fallback under a tenth', () => {
    expectReadableBalancedTopics(placed);
  });
});

describe('the machine-learning sample', () => {
  test('keeps every paper on a taxonomy topic, none in the fallback, with the same rules', () => {
    const placed = place(join(ROOT, 'content', 'sources'), join(ROOT, 'content', 'topics.yaml'));
    expect(placed.placement.fallback).toBe(0);
    expect(placed.placement.byTaxonomy).toBe(placed.records.length);
    expectReadableBalancedTopics(placed);
  });
});
