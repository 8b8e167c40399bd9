import { z } from 'astro/zod';

/**
 * One person of the site as the build script writes them to
 * `content/papers/_people.json` and the site reads them back: the author
 * names of all papers grouped into people (see group-authors.ts).
 */
export const personSchema = z.object({
  /** URL segment of the author page: unique, from the name. */
  slug: z.string().min(1),
  /** The name the author page shows: from `content/people.yaml`, else the most complete spelling. */
  name: z.string().min(1),
  /** Every spelling the papers use for this person, as displayed; each links to this person. */
  names: z.array(z.string().min(1)).min(1),
  /** Slugs of the person's papers, in the order the papers were given. */
  papers: z.array(z.string().min(1)),
  /** One of the site's own people (`highlight: true` in people.yaml): bold wherever named. */
  highlight: z.literal(true).optional(),
  /** Their web page, from people.yaml. */
  homepage: z.string().optional(),
  /** Their ORCID iD, from people.yaml. */
  orcid: z.string().optional(),
});

/** A person of the site. */
export type Person = z.infer<typeof personSchema>;
