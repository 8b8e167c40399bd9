import { describe, expect, test } from 'vitest';
import { isDateLine } from '../../../src/lib/sources/listing-date.ts';

describe('isDateLine', () => {
  test.each(['Mar 14', 'mar 14', 'March 14, 2024', '14 March 2024', '2024-03-14', '2025.03.25', '2025/03/25', 'Thu, Mar 14', 'Sept. 3rd', '  Jun 1  '])(
    'returns true when the line is only the date %j',
    (line) => expect(isDateLine(line)).toBe(true),
  );

  test.each(['Subscribe', 'May 2024', 'Mar 14 papers', 'In March 14 papers were read', '2024-3-14', '2024-03/14', '', 'Marching 14'])(
    'returns false when the line %j is not only a date',
    (line) => expect(isDateLine(line)).toBe(false),
  );
});
