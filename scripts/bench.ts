/**
 * `npm run bench [-- 1000 10000]`: builds deterministic synthetic corpora of
 * the given sizes (default 1,000 and 10,000 papers, made from the sample's
 * titles and sentences) and measures each build stage: wall time and peak
 * memory of the stage's process. Results go to bench/results.md.
 *
 * Peak memory needs GNU time (`apt-get install time`); without it the column
 * says n/a. Stages run one after another, never in parallel with a test run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { makeSyntheticListing } from '../src/lib/bench/synthetic-corpus.ts';
import { parseListing } from '../src/lib/sources/listing.ts';

const root = process.cwd();
const work = resolve(root, 'bench', 'work');
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const node = process.execPath;
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

interface Measure { stage: string; seconds: number; peakMb: number | undefined }

/** Runs one command, returns wall seconds and peak resident memory of its largest process. */
function measure(stage: string, args: string[], env: NodeJS.ProcessEnv): Measure {
  const started = performance.now();
  const command = gnuTime ? [gnuTime, '-f', 'PEAK_KB=%M', node, ...args] : [node, ...args];
  const result = spawnSync(command[0]!, command.slice(1), { cwd: root, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${stage} failed:\n${result.stdout}\n${result.stderr}`);
  const peak = /PEAK_KB=(\d+)/.exec(result.stderr ?? '');
  console.log(`  ${stage}: ${seconds.toFixed(1)} s`);
  return { stage, seconds, peakMb: peak ? Number(peak[1]) / 1024 : undefined };
}

const sample = await readFile(join(root, 'content', 'sources', 'papers-listing.txt'), 'utf8');
const { records } = parseListing(sample, 'sample');
const material = { titles: records.map((r) => r.title), abstracts: records.map((r) => r.abstract.join(' ')) };
const rows: string[] = [];
for (const size of sizes.length ? sizes : [1000, 10000]) {
  console.log(`\n${size} papers`);
  const content = join(work, `corpus-${size}`);
  await rm(content, { recursive: true, force: true });
  await mkdir(join(content, 'sources'), { recursive: true });
  await writeFile(join(content, 'sources', 'synthetic.txt'), makeSyntheticListing(material, size, 42));
  await copyFile(join(root, 'content', 'topics.yaml'), join(content, 'topics.yaml'));
  const out = join(work, `dist-${size}`);
  const env = { ...process.env, CONTENT_DIR: content, OUT_DIR: out };
  await rm(out, { recursive: true, force: true });
  await rm(join(root, '.papershelf', 'cache'), { recursive: true, force: true });
  const stages = [
    measure('paper pages (cold)', ['scripts/build-papers.ts'], env),
    measure('astro build (cold)', ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], env),
    measure('pagefind', ['node_modules/pagefind/lib/runner/bin.cjs', '--site', out, '--silent'], env),
  ];
  const cold = stages.reduce((s, m) => s + m.seconds, 0);
  // A rebuild after one abstract changed: the build script rewrites one page.
  const listing = join(content, 'sources', 'synthetic.txt');
  const text = await readFile(listing, 'utf8');
  await writeFile(listing, text.replace(/\n\n([^\n]{200,})\n/, (_m, a: string) => `\n\n${a} (edited)\n`));
  const full = measure('full rebuild, one abstract changed', ['scripts/build-site.ts'], env);
  for (const m of [...stages, full]) {
    rows.push(`| ${size} | ${m.stage} | ${m.seconds.toFixed(1)} | ${m.peakMb === undefined ? 'n/a' : m.peakMb.toFixed(0)} |`);
  }
  rows.push(`| ${size} | **cold total** | **${cold.toFixed(1)}** | |`);
}

const astroVersion = JSON.parse(await readFile(join(root, 'node_modules', 'astro', 'package.json'), 'utf8')).version;
const pagefindVersion = JSON.parse(await readFile(join(root, 'node_modules', 'pagefind', 'package.json'), 'utf8')).version;
const report = `# Benchmark results

Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}.
Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB;
Node ${process.version}, Astro ${astroVersion}, Pagefind ${pagefindVersion}.
Corpora: synthetic listings made from the sample's titles and sentences (seed 42).
Peak memory is the largest resident set of the stage's process tree leader, in MB.

| papers | stage | seconds | peak MB |
| ---: | --- | ---: | ---: |
${rows.join('\n')}
`;
await mkdir(join(root, 'bench'), { recursive: true });
await writeFile(join(root, 'bench', 'results.md'), report);
console.log(`\nWrote bench/results.md`);
