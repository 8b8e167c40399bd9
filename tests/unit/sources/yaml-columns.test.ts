import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { parseTaxonomy } from '../../../src/lib/topics/taxonomy.ts';
import { parseYamlList } from '../../../src/lib/yaml-list.ts';

describe('YAML syntax errors name their line and column', () => {
  test('in topics.yaml', () => {
    const [d] = parseTaxonomy('topics:\n  - name: A\n    match: [a\n', 'content/topics.yaml').diagnostics;
    expect(d).toMatchObject({ file: 'content/topics.yaml', rule: 'topics-yaml', severity: 'error' });
    expect(d!.line).toBeGreaterThan(0);
    expect(d!.column).toBeGreaterThan(0);
  });

  test('in people.yaml and selected.yaml', () => {
    const [d] = parseYamlList('people:\n  - name: "Ana\n', 'content/people.yaml', 'people', z.object({ name: z.string() }), 'See the README.').diagnostics;
    expect(d).toMatchObject({ file: 'content/people.yaml', rule: 'people-yaml', severity: 'error' });
    expect(d!.column).toBeGreaterThan(0);
  });
});
