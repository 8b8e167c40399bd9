/**
 * A count with its noun in the right number: `1 paper`, `2 papers`, `0 papers`.
 * `plural` defaults to the noun with an `s`.
 */
export function countNoun(count: number, noun: string, plural = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : plural}`;
}
