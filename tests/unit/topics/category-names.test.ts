import { describe, expect, test } from 'vitest';
import taxonomy from '../../../src/data/arxiv-categories.json' with { type: 'json' };
import { categoryName, isCategoryCode } from '../../../src/lib/topics/category-names.ts';

describe('categoryName', () => {
  test.each([
    ['hep-ph', 'High Energy Physics - Phenomenology'],
    ['cs.LG', 'Machine Learning'],
    ['math.AG', 'Algebraic Geometry'],
    ['q-bio.GN', 'Genomics'],
    ['astro-ph', 'Astrophysics'],
    ['cond-mat.str-el', 'Strongly Correlated Electrons'],
    ['chao-dyn', 'Chaotic Dynamics'],
    [' eess.AS ', 'Audio and Speech Processing'],
    ['xx.YY', 'xx.YY'],
    ['Q-bio.PE', 'Q-bio.PE'],
  ])('returns the official name of %s', (code, name) => {
    expect(categoryName(code)).toBe(name);
  });
});

describe('isCategoryCode', () => {
  test.each([
    ['hep-th', true],
    ['cs.CL', true],
    ['foo.Bar', true],
    ['high-dimensional', false],
    ['Gut microbiome', false],
  ])('returns %s → %s', (text, expected) => {
    expect(isCategoryCode(text)).toBe(expected);
  });
});

describe('the shipped arXiv taxonomy', () => {
  test('holds every archive of the official list, each category with a name, archive and group', () => {
    const entries = Object.entries(taxonomy.categories);
    expect(entries.length).toBeGreaterThan(150);
    for (const [code, c] of entries) {
      expect(c.name, code).not.toBe('');
      expect(c.group, code).not.toBe('');
    }
    const archives = new Set(entries.map(([code]) => code.split('.')[0]));
    for (const a of ['astro-ph', 'cond-mat', 'cs', 'econ', 'eess', 'gr-qc', 'hep-ex', 'hep-lat', 'hep-ph', 'hep-th', 'math', 'math-ph', 'nlin', 'nucl-ex', 'nucl-th', 'physics', 'q-bio', 'q-fin', 'quant-ph', 'stat']) expect(archives, a).toContain(a);
  });
});
