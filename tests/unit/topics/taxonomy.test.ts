import { describe, expect, test } from 'vitest';
import { parseTaxonomy } from '../../../src/lib/topics/taxonomy.ts';

const parse = (text: string) => parseTaxonomy(text, 'content/topics.yaml');

describe('parseTaxonomy', () => {
  test('returns topics with defaults when entries give only name and match', () => {
    const { topics, diagnostics } = parse('topics:\n  - name: Masked Image Modeling\n    match: [MAE, "Masked image"]\n');
    expect(topics).toEqual([{ slug: 'masked-image-modeling', name: 'Masked Image Modeling', description: '', match: ['mae', 'masked image'] }]);
    expect(diagnostics).toEqual([]);
  });

  test('returns the given slug, slugified, when an entry has one', () => {
    expect(parse('topics:\n  - name: X\n    slug: My Slug\n    match: [x]\n').topics[0]!.slug).toBe('my-slug');
  });

  test('returns topics when the file is a bare list', () => {
    expect(parse('- name: X\n  match: [x]\n').topics.map((t) => t.slug)).toEqual(['x']);
  });

  test.each([
    ['a YAML syntax error', 'topics:\n  - name: A\n    match: [a\n  - name: B\n', 'topics-yaml', undefined],
    ['no list of topics', 'topics: 3\n', 'topics-shape', 1],
    ['a topic without a name', 'topics:\n  - name: A\n    match: [a]\n  - match: [b]\n', 'topics-name', 4],
    ['a topic without match phrases', 'topics:\n  - name: A\n    match: [a]\n\n  - name: B\n    match: []\n', 'topics-match', 5],
    ['two topics with one slug', 'topics:\n  - name: A\n    match: [a]\n  - name: a!\n    match: [b]\n', 'topics-duplicate', 4],
    ['a topic taking the fallback slug', 'topics:\n  - name: Other\n    match: [x]\n', 'topics-duplicate', 2],
  ])('returns an error with its line when the file has %s', (_, text, rule, line) => {
    const { diagnostics } = parse(text);
    expect(diagnostics.length).toBeGreaterThan(0);
    for (const d of diagnostics) {
      expect(d).toMatchObject({ file: 'content/topics.yaml', severity: 'error', rule });
      expect(d.line).toBeGreaterThan(0);
      if (line !== undefined) expect(d.line).toBe(line);
      expect(d.message).toMatch(/\.\s|\.$/);
    }
  });

  test('returns the good topics and every error at once when some entries are bad', () => {
    const { topics, diagnostics } = parse('topics:\n  - name: A\n    match: [a]\n  - match: [b]\n  - name: C\n  - name: D\n    match: [d]\n');
    expect(topics.map((t) => t.slug)).toEqual(['a', 'd']);
    expect(diagnostics.map((d) => [d.rule, d.line])).toEqual([['topics-name', 4], ['topics-match', 5]]);
  });
});
