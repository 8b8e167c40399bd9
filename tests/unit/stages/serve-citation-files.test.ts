import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { serveCitationFiles } from '../../../scripts/stages/copy-citation-files.ts';
import { settingsOrThrow } from '../../../src/lib/settings/read-settings.ts';

/** `astro dev` serves `.bib` files through this middleware: here it runs in a real HTTP server on 127.0.0.1. */
const content = mkdtempSync(join(tmpdir(), 'papershelf-bib-'));
let server: Server;
let origin: string;
beforeAll(async () => {
  mkdirSync(join(content, 'papers'));
  writeFileSync(join(content, 'papers', '_citations.json'), JSON.stringify({ 'a-paper': '@article{a,\n}\n', 'é-paper': '@misc{e,\n}\n' }));
  const middleware = serveCitationFiles('/', settingsOrThrow({ CONTENT_DIR: content, BASE_PATH: '/shelf/' }));
  server = createServer((req, res) => void middleware(req, res, () => res.writeHead(404).end('next')));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => {
  server.close();
  rmSync(content, { recursive: true, force: true });
});

test('answers a paper\'s .bib under the base path with the stage\'s text and the BibTeX type', async () => {
  const response = await fetch(`${origin}/shelf/papers/a-paper.bib`);
  expect(response.headers.get('content-type')).toBe('application/x-bibtex; charset=utf-8');
  expect(await response.text()).toBe('@article{a,\n}\n');
  expect(await (await fetch(`${origin}/shelf/papers/${encodeURIComponent('é-paper')}.bib?x=1`)).text()).toBe('@misc{e,\n}\n');
});

test('passes on what it does not serve: an unknown paper, another path, outside the base path', async () => {
  for (const path of ['/shelf/papers/missing.bib', '/shelf/papers/a-paper/', '/papers/a-paper.bib', '/shelf/topics/x.bib']) {
    expect(await (await fetch(`${origin}${path}`)).text(), path).toBe('next');
  }
});
