import { z } from 'astro/zod';
import { PAPER_KINDS } from './citations/paper-kind.ts';

/** A list of absolute http(s) URLs. */
const httpUrls = z.array(z.url({ protocol: /^https?$/ }));

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
  /** Author names as display strings, in the source's order. */
  authors: z.array(z.string().min(1)).min(1).optional(),
  /** Publication date: `yyyy-mm-dd`, `yyyy-mm` or `yyyy`. */
  date: z.string().regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/).optional(),
  /** Journal, proceedings or other venue. */
  venue: z.string().min(1).optional(),
  /** What kind of work it is (`article`, `inproceedings`, `preprint`, ...); with it, `venue` is a journal or a proceedings title. */
  kind: z.enum(PAPER_KINDS).optional(),
  /** Volume of the journal or proceedings series. */
  volume: z.string().min(1).optional(),
  /** Issue of the journal. */
  issue: z.string().min(1).optional(),
  /** Page range (`207--217`) or article number. */
  pages: z.string().min(1).optional(),
  /** Publisher, or the institution of a thesis or report. */
  publisher: z.string().min(1).optional(),
  /** Editors of the proceedings or book, as display strings. */
  editors: z.array(z.string().min(1)).min(1).optional(),
  /** Names among the authors and editors that are organisations, kept as one name. */
  organizations: z.array(z.string().min(1)).min(1).optional(),
  /** BibTeX citation key (`vaswani2017attention`), unique across the site. */
  citeKey: z.string().regex(/^[a-z0-9]+$/).optional(),
  /** arXiv identifier without version (`2301.01234`, `hep-th/9901001`). */
  arxiv: z.string().regex(/^(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})$/).optional(),
  /** DOI without resolver (`10.1000/xyz`). */
  doi: z.string().regex(/^10\.\d{4,9}\/\S+$/).optional(),
  /** Subject categories as the source names them (`cs.LG`). */
  categories: z.array(z.string().min(1)).min(1).optional(),
  /** Free keywords from the source. */
  keywords: z.array(z.string().min(1)).min(1).optional(),
  /** Topic slugs from `content/topics.yaml`, best match first; never empty. */
  topics: z.array(z.string().min(1)).min(1),
  /**
   * http(s) links from the source's link fields and the abstract, by kind
   * (see link-kinds.ts): code and project pages always, the PDF, slides,
   * poster, video, supplement, blog post and HTML version when the source
   * names them.
   */
  links: z.object({
    code: httpUrls,
    project: httpUrls,
    pdf: httpUrls.optional(),
    slides: httpUrls.optional(),
    poster: httpUrls.optional(),
    video: httpUrls.optional(),
    supplement: httpUrls.optional(),
    blog: httpUrls.optional(),
    html: httpUrls.optional(),
  }),
  /** True for a paper shown under "Selected papers" on the home page (BibTeX `selected = {true}` or `content/selected.yaml`). */
  selected: z.literal(true).optional(),
  /** The listing date as the source wrote it (for example `Mar 14`). */
  listed: z.string().optional(),
  /** False when the source had no abstract for this paper. */
  hasAbstract: z.boolean(),
  /** The abstract's opening as plain text (math as TeX), at most 220 characters, for paper lists; absent without an abstract. */
  snippet: z.string().min(1).max(220).optional(),
  /** Where the record came from: path relative to the project and 1-based line. */
  source: z.object({
    file: z.string().min(1),
    line: z.number().int().positive(),
  }),
});

/** A validated paper page's front matter. */
export type PaperData = z.infer<typeof paperSchema>;
