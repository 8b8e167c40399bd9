import { z } from 'astro/zod';

/**
 * One person in `content/people.yaml`: how the site names them, which other
 * spellings are them, and whether they are one of the site's own people.
 */
export const personEntrySchema = z.strictObject({
  /** The name shown on the person's page and in the author index. */
  name: z.string().trim().min(1, 'Give the person a name'),
  /** Other spellings the papers use (`J. Müller`, `Mueller, Juergen`); each always means this person. */
  aliases: z.array(z.string().trim().min(1)).default([]),
  /** The person's own web page, shown on their page. */
  homepage: z.url({ protocol: /^https?$/, message: 'Use a full http(s) address' }).optional(),
  /** ORCID iD, `0000-0002-1825-0097` (the digits, no resolver). */
  orcid: z.string().regex(/^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/, 'Write the ORCID iD as 0000-0000-0000-0000').optional(),
  /** True for the site's own people: bold in every author list, and their papers on the home page. */
  highlight: z.boolean().default(false),
});

/** A person as `content/people.yaml` gives them, with the line the entry starts on. */
export type PersonEntry = z.infer<typeof personEntrySchema> & { line: number };
