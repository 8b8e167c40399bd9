import YAML from 'yaml';
import type { Diagnostic } from '../diagnostics.ts';
import { slugifyTitle } from '../papers/slug.ts';

/** One topic of the taxonomy, as `content/topics.yaml` defines it. */
export interface Topic {
  slug: string;
  name: string;
  description: string;
  /** Lowercase phrases; a paper matches when its title or abstract contains one. */
  match: string[];
}

/** The topic that papers matching no other topic fall into. */
export const FALLBACK_TOPIC: Topic = {
  slug: 'other',
  name: 'Other papers',
  description: 'Papers that match none of the topics in content/topics.yaml.',
  match: [],
};

/**
 * Parses the taxonomy file. Each entry needs `name` and `match` (a list of
 * phrases); `slug` defaults to the slugified name and `description` to empty.
 * Problems are returned as diagnostics with the entry's line, never thrown.
 */
export function parseTaxonomy(text: string, file: string): { topics: Topic[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const error = (line: number, message: string, rule: string) =>
    diagnostics.push({ file, line, severity: 'error', message, rule });
  const lineCounter = new YAML.LineCounter();
  const doc = YAML.parseDocument(text, { lineCounter, prettyErrors: false });
  for (const e of doc.errors) {
    const at = lineCounter.linePos(e.pos[0]);
    diagnostics.push({ file, line: at.line, column: at.col, severity: 'error', message: `${e.message.split('\n')[0]}. Fix the YAML syntax.`, rule: 'topics-yaml' });
  }
  if (doc.errors.length > 0) return { topics: [], diagnostics };
  const root = doc.contents;
  const items = YAML.isMap(root) ? root.get('topics', true) : root;
  if (!YAML.isSeq(items)) {
    error(1, 'Expected a list of topics under "topics:". See the README section "Topics".', 'topics-shape');
    return { topics: [], diagnostics };
  }
  const topics: Topic[] = [];
  const seen = new Set<string>([FALLBACK_TOPIC.slug]);
  for (const item of items.items) {
    const line = lineCounter.linePos(YAML.isNode(item) && item.range ? item.range[0] : 0).line;
    const value = YAML.isNode(item) ? (item.toJSON() as Record<string, unknown>) : undefined;
    const name = typeof value?.name === 'string' ? value.name.trim() : '';
    const match = Array.isArray(value?.match) ? value.match.filter((m): m is string => typeof m === 'string') : [];
    if (!name) { error(line, 'Topic has no "name". Give every topic a name.', 'topics-name'); continue; }
    if (match.length === 0) { error(line, `Topic "${name}" has no "match" phrases. Add a list of phrases under "match".`, 'topics-match'); continue; }
    const slug = typeof value?.slug === 'string' && value.slug ? slugifyTitle(value.slug) : slugifyTitle(name);
    if (seen.has(slug)) { error(line, `Topic slug "${slug}" is used twice (or is reserved for the fallback topic). Give it another slug.`, 'topics-duplicate'); continue; }
    seen.add(slug);
    const description = typeof value?.description === 'string' ? value.description.trim() : '';
    topics.push({ slug, name, description, match: match.map((m) => m.toLowerCase().trim()).filter(Boolean) });
  }
  return { topics, diagnostics };
}
