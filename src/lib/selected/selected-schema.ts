import { z } from 'astro/zod';

/**
 * One entry of `content/selected.yaml`: a paper to show under "Selected
 * papers" on the home page, named by its slug (`attention-is-all-you-need`),
 * DOI (`10.1000/xyz`, with or without `https://doi.org/`) or arXiv id
 * (`1706.03762`, with or without `arXiv:` and a version).
 */
export const selectedEntrySchema = z.union([z.string(), z.number()], { message: 'Write each paper as a slug, DOI or arXiv id' })
  .transform((value) => String(value).trim())
  .pipe(z.string().min(1, 'Write each paper as a slug, DOI or arXiv id'));
