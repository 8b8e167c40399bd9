import type { Diagnostic } from '../diagnostics.ts';
import type { PaperData } from '../paper-schema.ts';
import { parsePaperPage, renderPaperPage } from '../papers/render-page.ts';
import { parseYamlList } from '../yaml-list.ts';
import { selectedEntrySchema } from './selected-schema.ts';

const HINT = 'See the README section "Selected papers".';

/** An entry of `content/selected.yaml`, read, with its line. */
export interface SelectedEntry {
  id: string;
  line: number;
}

/** Reads `content/selected.yaml`: a list under `selected:` of slugs, DOIs or arXiv ids. */
export function parseSelected(text: string, file: string): { entries: SelectedEntry[]; diagnostics: Diagnostic[] } {
  const { items, diagnostics } = parseYamlList(text, file, 'selected', selectedEntrySchema, HINT);
  return { entries: items.map(({ value, line }) => ({ id: value, line })), diagnostics };
}

/** The keys an entry may name a paper by: `doi:` and `arxiv:` forms without resolver, prefix or version, and the slug. */
function entryKeys(id: string): string[] {
  const doi = /^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)?(10\.\d{4,9}\/\S+)$/i.exec(id)?.[1];
  const arxiv = /^(?:https?:\/\/arxiv\.org\/abs\/|arxiv:\s*)?(\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?$/i.exec(id)?.[1];
  return [`slug:${id}`, ...(doi ? [`doi:${doi.toLowerCase()}`] : []), ...(arxiv ? [`arxiv:${arxiv.toLowerCase()}`] : [])];
}

/**
 * The slugs of the papers `content/selected.yaml` names. An entry naming no
 * paper is a warning at its line that says how to find the right name.
 */
export function selectPapers(papers: readonly Pick<PaperData, 'slug' | 'doi' | 'arxiv'>[], entries: readonly SelectedEntry[], file: string): { slugs: Set<string>; diagnostics: Diagnostic[] } {
  const byKey = new Map<string, string>();
  for (const p of papers) {
    byKey.set(`slug:${p.slug}`, p.slug);
    if (p.doi) byKey.set(`doi:${p.doi.toLowerCase()}`, p.slug);
    if (p.arxiv) byKey.set(`arxiv:${p.arxiv.toLowerCase()}`, p.slug);
  }
  const slugs = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const entry of entries) {
    const slug = entryKeys(entry.id).map((k) => byKey.get(k)).find((s) => s !== undefined);
    if (slug) slugs.add(slug);
    else diagnostics.push({ file, line: entry.line, severity: 'warning', rule: 'selected-unknown', message: `No paper has the slug, DOI or arXiv id "${entry.id}". Use a slug from papers.json, a DOI or an arXiv id of a paper in content/sources/.` });
  }
  return { slugs, diagnostics };
}

/**
 * Marks the pages whose slug is in `slugs` as selected, rendering their text
 * again; the other pages are returned as they were.
 */
export function markSelected<P extends { slug: string; text: string; data: PaperData }>(pages: readonly P[], slugs: ReadonlySet<string>): P[] {
  if (slugs.size === 0) return [...pages];
  return pages.map((page) => {
    if (!slugs.has(page.slug) || page.data.selected) return page;
    const data = { ...page.data, selected: true as const };
    return { ...page, data, text: renderPaperPage(data, parsePaperPage(page.text).body.replace(/\n$/, '')) };
  });
}
