import { describe, expect, test } from 'vitest';
import { venueDetails } from '../../../src/lib/papers/venue-details.ts';

describe('venueDetails', () => {
  test.each([
    [{ volume: '99', pages: '1--20', editors: ['Alina Beygelzimer', 'Daniel Hsu'], publisher: 'PMLR' }, 'vol. 99, pp. 1–20, edited by Alina Beygelzimer and Daniel Hsu, PMLR'],
    [{ volume: '8', issue: '3', pages: '207-217' }, 'vol. 8, no. 3, pp. 207–217'],
    [{ pages: 'e1007128' }, 'p. e1007128'],
    [{ editors: ['A', 'B', 'C'] }, 'edited by A, B and C'],
    [{}, undefined],
  ])('returns %j as %j', (paper, line) => {
    expect(venueDetails(paper)).toBe(line);
  });
});
