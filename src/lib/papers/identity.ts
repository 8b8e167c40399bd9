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

/**
 * DOI prefixes of preprint servers. bioRxiv and medRxiv share Cold Spring
 * Harbor's prefix with its journals, whose DOIs go on with letters
 * (`10.1101/gr.…`); the servers' go on with digits (`10.1101/142760`,
 * `10.1101/2020.03.01.123456`).
 */
const PREPRINT_DOIS: readonly RegExp[] = [
  /^10\.1101\/\d/, // bioRxiv, medRxiv
  /^10\.48550\/arxiv\./i, // arXiv
  /^10\.2139\/ssrn\./i, // SSRN
  /^10\.21203\/rs\./i, // Research Square
  /^10\.20944\/preprints/i, // Preprints.org
  /^10\.26434\/chemrxiv/i, // ChemRxiv
  /^10\.(?:31219|31234|31235|31223)\//, // OSF Preprints, PsyArXiv, SocArXiv, EarthArXiv
];

/** True when a DOI is one a preprint server minted, not a journal's. */
export function isPreprintDoi(doi: string | undefined): boolean {
  return doi !== undefined && PREPRINT_DOIS.some((prefix) => prefix.test(doi));
}
