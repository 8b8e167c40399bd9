import { existsSync, readdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics.ts';
import type { Settings } from './settings-schema.ts';

/** The folder of the CSL styles that ship with papershelf, relative to the project root. */
export const BUNDLED_STYLES = 'src/data/csl';

/** The citation style ids of a folder's `.csl` files; none when the folder is missing. */
function styleIds(folder: string): string[] {
  return existsSync(folder) ? readdirSync(folder).filter((n) => n.endsWith('.csl')).map((n) => n.slice(0, -'.csl'.length)) : [];
}

/**
 * The checks of the settings that need the file system, run with the schema's
 * before any stage: the content folder is a folder, and CITATION_STYLE names
 * a CSL file, bundled or in `<content>/csl/`. Otherwise the first would only
 * show as "no source files" and the second only once Astro renders.
 */
export function checkSettings(settings: Settings, root: string): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const content = resolve(root, settings.contentDir);
  if (!existsSync(content) || !statSync(content).isDirectory()) {
    problems.push({
      file: 'CONTENT_DIR',
      line: 0,
      severity: 'error',
      rule: 'setting-invalid',
      message: `CONTENT_DIR=${JSON.stringify(settings.contentDir)} is not valid: ${existsSync(content) ? 'it is a file, not a folder' : `there is no folder ${content}`}.`,
      hint: 'Point it at the folder that holds sources/ (and topics.yaml, notes/), or unset it for content/.',
    });
    return problems;
  }
  const styles = [...new Set([...styleIds(resolve(root, BUNDLED_STYLES)), ...styleIds(resolve(content, 'csl'))])].sort();
  if (!styles.includes(settings.citationStyle)) {
    problems.push({
      file: 'CITATION_STYLE',
      line: 0,
      severity: 'error',
      rule: 'setting-invalid',
      message: `CITATION_STYLE=${JSON.stringify(settings.citationStyle)} is not valid: no citation style has that name.`,
      hint: `Set one of ${styles.join(', ')}, or add ${settings.citationStyle}.csl to ${settings.contentDir}/csl/.`,
    });
  }
  return problems;
}
