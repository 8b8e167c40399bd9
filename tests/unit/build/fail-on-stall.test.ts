import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const url = (path: string) => pathToFileURL(join(ROOT, path)).href;

/**
 * A stage that waits on a helper process which ends without answering, as a
 * killed Pagefind leaves the build: the helper's handles are unreferenced, as
 * Pagefind's service makes them, so nothing keeps Node's event loop going.
 */
function runStalled(guarded: boolean) {
  const script = `
import { spawn } from 'node:child_process';
import { inProcessStage } from '${url('scripts/lib/run-stage.ts')}';
import { failOnStall } from '${url('scripts/lib/fail-on-stall.ts')}';
${guarded ? "failOnStall('The previous site in dist/ is unchanged.');" : ''}
await inProcessStage('Search index', () => new Promise((resolve) => {
  const helper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 100)'], { stdio: ['pipe', 'pipe', 'inherit'] });
  helper.stdout.on('data', resolve);
  helper.unref(); helper.stdout.unref(); helper.stdin.unref();
}));
console.log('not reached');
`;
  return spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 30_000 });
}

test('a build left waiting on a helper that died fails with exit 1, naming the stage and what became of the output', () => {
  const result = runStalled(true);
  expect(result.status).toBe(1);
  expect(result.stdout).not.toContain('not reached');
  expect(result.stderr).toContain('✖ Search index stopped: a helper process ended without answering (most likely the machine ran out of memory). The previous site in dist/ is unchanged.');
  expect(result.stderr).not.toContain('unsettled top-level await');
});

test('without the guard the same build ends with Node\u2019s exit code 13 and no word of the stage', () => {
  const result = runStalled(false);
  expect(result.status).toBe(13);
  expect(result.stderr).not.toContain('Search index stopped');
});
