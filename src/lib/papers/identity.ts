import { createHash } from 'node:crypto';

/**
 * A short, stable fingerprint of a paper from its own text only (title and
 * abstract, case- and space-insensitive), so it never depends on other papers
 * or on the order of the source files.
 */
export function fingerprintPaper(title: string, abstract: readonly string[]): string {
  const canonical = `${title}\n${abstract.join('\n')}`.normalize('NFC').toLowerCase().replace(/\s+/g, ' ');
  return createHash('sha256').update(canonical).digest('hex').slice(0, 8);
}
