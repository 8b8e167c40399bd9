import YAML from 'yaml';
import type { z } from 'astro/zod';
import type { Diagnostic } from './diagnostics.ts';

/** One valid item of a YAML list, with the 1-based line it starts on. */
export interface ListItem<T> {
  value: T;
  line: number;
}

/**
 * Reads a user-edited YAML file holding one list, either at the top level or
 * under `key` (`people:`), and checks each item against `schema`. Syntax
 * errors, a wrong shape and invalid items become error diagnostics with the
 * line of the item and the field at fault; `hint` says where the format is
 * described. Valid items are returned, so one bad item never hides the rest.
 */
export function parseYamlList<T>(text: string, file: string, key: string, schema: z.ZodType<T>, hint: string): { items: ListItem<T>[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const error = (line: number, message: string, rule: string) => diagnostics.push({ file, line, severity: 'error', message, rule });
  const lineCounter = new YAML.LineCounter();
  const doc = YAML.parseDocument(text, { lineCounter, prettyErrors: false });
  for (const e of doc.errors) {
    const at = lineCounter.linePos(e.pos[0]);
    diagnostics.push({ file, line: at.line, column: at.col, severity: 'error', message: `${e.message.split('\n')[0]}. Fix the YAML syntax.`, rule: `${key}-yaml` });
  }
  if (doc.errors.length > 0) return { items: [], diagnostics };
  const root = doc.contents;
  if (root === null) return { items: [], diagnostics };
  const list = YAML.isMap(root) ? root.get(key, true) : root;
  if (!YAML.isSeq(list)) {
    error(1, `Expected a list under "${key}:". ${hint}`, `${key}-shape`);
    return { items: [], diagnostics };
  }
  const items: ListItem<T>[] = [];
  for (const node of list.items) {
    const line = lineCounter.linePos(YAML.isNode(node) && node.range ? node.range[0] : 0).line;
    const checked = schema.safeParse(YAML.isNode(node) ? node.toJSON() : node);
    if (checked.success) {
      items.push({ value: checked.data, line });
      continue;
    }
    for (const issue of checked.error.issues) {
      const field = issue.path.length ? `"${issue.path.join('.')}": ` : '';
      error(line, `${field}${issue.message}. ${hint}`, `${key}-invalid`);
    }
  }
  return { items, diagnostics };
}
