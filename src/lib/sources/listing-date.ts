const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';

// "Mar 14", "March 14, 2024", "14 March 2024", "2024-03-14" (or with dots or slashes), with an optional weekday.
const DATE_LINE = new RegExp(
  String.raw`^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?:` +
    String.raw`(?:${MONTHS})\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?` +
    String.raw`|\d{1,2}(?:st|nd|rd|th)?\s+(?:${MONTHS})\.?(?:,?\s+\d{4})?` +
    String.raw`|\d{4}([-./])\d{2}\1\d{2}` +
    ')$',
  'i',
);

/** True when a line is nothing but a calendar date, as listing pages print them. */
export function isDateLine(line: string): boolean {
  return DATE_LINE.test(line.trim());
}
