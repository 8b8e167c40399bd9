import { describe, expect, test } from 'vitest';
import { parseBibtex } from '../../../src/lib/sources/bibtex.ts';

const entry = (selected: string) => `@article{a,\n  title = {A Paper},\n  abstract = {Text.},${selected}\n}\n`;

describe('parseBibtex', () => {
  test.each([
    ['selected = {true}', ' selected = {true},', true],
    ['selected = {True}', ' selected = {True},', true],
    ['selected = {yes}', ' selected = {yes},', true],
    ['selected = {false}', ' selected = {false},', undefined],
    ['no selected field', '', undefined],
  ])('reads %s as the academic themes mean it', (_, field, expected) => {
    expect(parseBibtex(entry(field), 'a.bib').records[0]!.selected).toBe(expected);
  });
});
