import { MAX_SLUG_BYTES, slugifyTitle, truncateSlug } from './slug.ts';

/** What slug assignment needs to know about one paper. */
export interface SlugCandidate {
  title: string;
  /** From {@link fingerprintPaper}: depends on the paper's own text only. */
  fingerprint: string;
}

/**
 * Appends a generated suffix with `--`, which {@link slugifyTitle} never
 * produces, so the result can never equal another title's slug; the base is
 * cut so the whole stays within {@link MAX_SLUG_BYTES}.
 */
function withSuffix(base: string, suffix: string): string {
  return `${truncateSlug(base, MAX_SLUG_BYTES - suffix.length - 2)}--${suffix}`;
}

/**
 * Gives every paper a unique slug (case-insensitively) that depends only on its
 * own title, plus its own fingerprint when other papers share the title.
 *
 * Stability: a paper's slug never changes when papers whose titles slugify
 * differently are added, removed or reordered. Among papers with the same
 * slugified title, the one with the smallest fingerprint keeps the plain slug
 * and the others get `<slug>--<fingerprint>`; identical duplicates are told
 * apart by source order (`--<fingerprint>-2`, ...). Titles with no letters or
 * digits get `paper-<fingerprint>`. Every slug is at most
 * {@link MAX_SLUG_BYTES} bytes.
 */
export function assignSlugs(papers: readonly SlugCandidate[]): string[] {
  const bases = papers.map((p) => slugifyTitle(p.title) || `paper-${p.fingerprint}`);
  const groups = new Map<string, number[]>();
  bases.forEach((base, index) => {
    const group = groups.get(base) ?? [];
    group.push(index);
    groups.set(base, group);
  });
  const slugs: string[] = new Array<string>(papers.length);
  const taken = new Set(bases);
  for (const [base, members] of groups) {
    const ordered = [...members].sort((a, b) => {
      const fa = papers[a]!.fingerprint;
      const fb = papers[b]!.fingerprint;
      return fa === fb ? a - b : fa < fb ? -1 : 1;
    });
    ordered.forEach((index, rank) => {
      if (rank === 0) {
        slugs[index] = base;
        return;
      }
      const fingerprint = papers[index]!.fingerprint;
      let candidate = withSuffix(base, fingerprint);
      for (let n = 2; taken.has(candidate); n++) candidate = withSuffix(base, `${fingerprint}-${n}`);
      taken.add(candidate);
      slugs[index] = candidate;
    });
  }
  return slugs;
}
