import taxonomy from '../../data/arxiv-categories.json' with { type: 'json' };

/** One arXiv category as the shipped taxonomy file describes it. */
interface ArxivCategory {
  name: string;
  archive: string;
  group: string;
  active?: boolean;
  alias?: string;
}

const CATEGORIES: Readonly<Record<string, ArxivCategory>> = taxonomy.categories;

/** Shaped like a subject code with a subject class: `cs.XX`, `cond-mat.foo-bar`, `q-bio.GN`. */
const CODE = /^[a-z]+(?:-[a-z]+)*\.[A-Za-z]+(?:-[a-z]+)*$/;

/**
 * The official arXiv name of a category code (`hep-ph` → "High Energy
 * Physics - Phenomenology", `cs.LG` → "Machine Learning"), from the shipped
 * list of the whole arXiv taxonomy; retired codes (`chao-dyn`) have theirs
 * too. Anything the list does not know is returned as it was given.
 */
export function categoryName(code: string): string {
  return CATEGORIES[code.trim()]?.name ?? code.trim();
}

/** True for a known arXiv category code, and for anything shaped like one (so it is never shown raw as a topic name). */
export function isCategoryCode(text: string): boolean {
  return Object.hasOwn(CATEGORIES, text.trim()) || CODE.test(text.trim());
}
