import type { Diagnostic } from '../diagnostics.ts';
import { parseYamlList } from '../yaml-list.ts';
import { personEntrySchema, type PersonEntry } from './people-schema.ts';

const HINT = 'See the README section "People".';

/**
 * Reads `content/people.yaml`: a list under `people:` of entries with `name`
 * and optional `aliases`, `homepage`, `orcid` and `highlight`. Problems are
 * diagnostics with the entry's line; valid entries are still returned.
 */
export function parsePeople(text: string, file: string): { entries: PersonEntry[]; diagnostics: Diagnostic[] } {
  const { items, diagnostics } = parseYamlList(text, file, 'people', personEntrySchema, HINT);
  return { entries: items.map(({ value, line }) => ({ ...value, line })), diagnostics };
}
