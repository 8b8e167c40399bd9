import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { syncDirectory } from '../../../scripts/lib/fs-output.ts';

describe('syncDirectory', () => {
  test('writes new and changed pages, leaves identical ones untouched, removes stale pages and temporary files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'papershelf-sync-'));
    writeFileSync(join(dir, 'same.mdx'), 'same');
    writeFileSync(join(dir, 'changed.mdx'), 'old');
    writeFileSync(join(dir, 'gone.mdx'), 'gone');
    writeFileSync(join(dir, 'changed.mdx.1a2b.tmp'), 'left by an interrupted run');
    writeFileSync(join(dir, '_related.json'), '{}');
    const before = statSync(join(dir, 'same.mdx')).mtimeMs;
    // Enough pages for several batches.
    const pages = new Map([['same.mdx', 'same'], ['changed.mdx', 'new'], ...Array.from({ length: 150 }, (_, i): [string, string] => [`p${i}.mdx`, `page ${i}`])]);

    const report = await syncDirectory(dir, pages);

    expect(report.unchanged).toEqual(['same.mdx']);
    expect(report.written.sort()).toEqual([...pages.keys()].filter((n) => n !== 'same.mdx').sort());
    expect(report.removed).toEqual(['gone.mdx']);
    expect(readdirSync(dir).sort()).toEqual(['_related.json', ...pages.keys()].sort());
    for (const [name, text] of pages) expect(readFileSync(join(dir, name), 'utf8')).toBe(text);
    expect(statSync(join(dir, 'same.mdx')).mtimeMs).toBe(before);
  });
});
