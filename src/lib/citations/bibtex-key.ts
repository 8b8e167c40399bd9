import { createHash } from 'node:crypto';

/** Keys made from slugs that are already plain ASCII words joined by hyphens are the slug itself. */
const PLAIN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A BibTeX citation key for a paper, from its slug alone, so it is stable
 * across builds and never depends on other papers. ASCII slugs are used as
 * they are (slugs are unique, so these keys are too). Other slugs keep their
 * ASCII words, if any, and get `:` and a hash of the whole slug: `:` never
 * occurs in a slug, so such a key can never equal a plain one, and the hash
 * tells apart slugs that differ only outside ASCII. Every key uses only
 * `a-z 0-9 - :`, which BibTeX, biber and every reference manager accept.
 */
export function bibtexKey(slug: string): string {
  if (PLAIN.test(slug)) return slug;
  const ascii = slug
    .normalize('NFKD')
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40)
    .replace(/-$/, '');
  const hash = createHash('sha256').update(slug).digest('hex').slice(0, 8);
  return `${ascii || 'paper'}:${hash}`;
}
