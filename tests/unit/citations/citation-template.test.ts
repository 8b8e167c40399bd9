import { describe, expect, test } from 'vitest';
import { fillTemplate, readTemplate, shapeOf } from '../../../src/lib/citations/citation-template.ts';
import type { CslItem } from '../../../src/lib/citations/csl-item.ts';

const item = (fields: Partial<CslItem>): CslItem => ({ id: 'x', type: 'document', title: 'Deep nets', ...fields });

describe('shapeOf', () => {
  test('returns one key for items that differ only in title, venue, publisher, URL and DOI', () => {
    const a = shapeOf(item({ title: 'Deep nets (1)', URL: 'https://e.org/a/', 'container-title': 'J Mach Learn' }));
    const b = shapeOf(item({ id: 'y', title: 'Graph $k$-means: a study', URL: 'https://e.org/b/', 'container-title': 'Other Journal' }));
    expect(a?.key).toBe(b?.key);
    expect(b?.values).toEqual({ title: 'Graph $k$-means: a study', 'container-title': 'Other Journal', URL: 'https://e.org/b/' });
  });

  test('returns different keys when names, dates or numbers differ', () => {
    expect(shapeOf(item({ volume: '1' }))?.key).not.toBe(shapeOf(item({ volume: '2' }))?.key);
    expect(shapeOf(item({ author: [{ family: 'A' }] }))?.key).not.toBe(shapeOf(item({ author: [{ family: 'B' }] }))?.key);
  });

  test.each([
    ['a quote', 'The "best" nets'],
    ['an apostrophe', "Hinton's nets"],
    ['markup', 'Ca<sup>2+</sup> waves'],
    ['a question mark at the end', 'Is attention enough?'],
    ['a full stop at the end', 'Deep nets.'],
    ['a script other than Latin at an edge', '深度 learning'],
    ['a placeholder', 'zqxav of zqxaw'],
  ])('returns undefined for a title with %s', (_, title) => {
    expect(shapeOf(item({ title }))).toBeUndefined();
  });
});

describe('readTemplate and fillTemplate', () => {
  const shape = shapeOf(item({ URL: 'https://e.org/a/' }))!.shape;
  const escape = (text: string) => text.replace(/&/g, '&#38;').replace(/</g, '&#60;');
  const title = (text: string) => text.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());

  test('fills a variable written as it is, and one in title case with the title casing', () => {
    const asIs = readTemplate(shape, `<i>${shape.title}</i>. ${shape.URL}`);
    expect(asIs.modes).toEqual({ title: 'as-is', URL: 'as-is' });
    expect(fillTemplate(asIs, { title: 'deep < nets', URL: 'https://e.org/a/' }, escape, title)).toBe('<i>deep &#60; nets</i>. https://e.org/a/');
    const titled = readTemplate(shape, `“${shape.title.replace(/\bzqx/g, 'Zqx')}.” ${shape.URL}.`);
    expect(titled.modes).toEqual({ title: 'title-case', URL: 'as-is' });
    expect(fillTemplate(titled, { title: 'deep nets', URL: 'u' }, escape, title)).toBe('“Deep Nets.” u.');
  });

  test('returns undefined when the style changed a placeholder in another way', () => {
    const upper = readTemplate(shape, `${shape.title.toUpperCase()} ${shape.URL}`);
    expect(upper.modes).toBeUndefined();
    expect(fillTemplate(upper, { title: 'x' }, escape, title)).toBeUndefined();
  });

  test('leaves out a variable the style does not print', () => {
    expect(readTemplate(shape, `<i>${shape.title}</i>.`).modes).toEqual({ title: 'as-is', URL: 'absent' });
  });
});
