import { z } from 'astro/zod';

/**
 * The front matter of one generated paper page (`content/papers/<slug>.mdx`).
 * The build script validates every page against it before writing, and
 * `src/content.config.ts` validates it again when Astro loads the page, so the
 * two can never disagree about what a page holds.
 */
export const paperSchema = z.object({
  /** The paper's title, exactly as the source gave it (whitespace folded). */
  title: z.string().min(1),
  /** URL segment of the paper page: unique, lowercase, file-name safe. */
  slug: z.string().min(1).max(100),
  /** Topic slugs from `content/topics.yaml`, best match first; never empty. */
  topics: z.array(z.string().min(1)).min(1),
  /** http(s) links found in the abstract, sorted into code and project pages. */
  links: z.object({
    code: z.array(z.url({ protocol: /^https?$/ })),
    project: z.array(z.url({ protocol: /^https?$/ })),
  }),
  /** The listing date as the source wrote it (for example `Mar 14`). */
  listed: z.string().optional(),
  /** False when the source had no abstract for this paper. */
  hasAbstract: z.boolean(),
  /** Where the record came from: path relative to the project and 1-based line. */
  source: z.object({
    file: z.string().min(1),
    line: z.number().int().positive(),
  }),
});

/** A validated paper page's front matter. */
export type PaperData = z.infer<typeof paperSchema>;
