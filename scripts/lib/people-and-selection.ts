import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Diagnostic } from '../../src/lib/diagnostics.ts';
import type { PlannedPage } from '../../src/lib/papers/plan-pages.ts';
import { groupAuthors, type Person } from '../../src/lib/people/group-authors.ts';
import { parsePeople } from '../../src/lib/people/parse-people.ts';
import { markSelected, parseSelected, selectPapers } from '../../src/lib/selected/select-papers.ts';

/**
 * Reads the optional `people.yaml` and `selected.yaml` of a content folder and
 * applies them to the planned pages: the pages `selected.yaml` names are
 * marked selected, and the authors of all pages are grouped into people.
 * `rel` turns a path into the form reports use.
 */
export async function arrangePeople(contentDir: string, rel: (path: string) => string, pages: readonly PlannedPage[]): Promise<{ pages: PlannedPage[]; people: Person[]; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const peopleFile = resolve(contentDir, 'people.yaml');
  const selectedFile = resolve(contentDir, 'selected.yaml');
  const peopleText = await readFile(peopleFile, 'utf8').catch(() => undefined);
  const selectedText = await readFile(selectedFile, 'utf8').catch(() => undefined);
  const people = peopleText === undefined ? { entries: [], diagnostics: [] } : parsePeople(peopleText, rel(peopleFile));
  let marked = [...pages];
  diagnostics.push(...people.diagnostics);
  if (selectedText !== undefined) {
    const parsed = parseSelected(selectedText, rel(selectedFile));
    const chosen = selectPapers(pages.map((p) => p.data), parsed.entries, rel(selectedFile));
    diagnostics.push(...parsed.diagnostics, ...chosen.diagnostics);
    marked = markSelected(pages, chosen.slugs);
  }
  const grouped = groupAuthors(marked.map((p) => p.data), people.entries, rel(peopleFile));
  diagnostics.push(...grouped.diagnostics);
  return { pages: marked, people: grouped.people, diagnostics };
}
