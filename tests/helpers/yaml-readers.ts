/**
 * Reads generated front matter with every YAML reader a user's tooling might
 * bring: the `yaml` package as YAML 1.1 and 1.2, js-yaml with its default and
 * YAML 1.1 schemas, and gray-matter's own default engine (js-yaml 3).
 */
import matter from 'gray-matter';
import { load, YAML11_SCHEMA } from 'js-yaml';
import YAML from 'yaml';

/** The YAML between the opening and closing `---` of a page. */
export function frontMatterOf(page: string): string {
  const match = /^---\n([\s\S]*?\n)---\n/.exec(page);
  if (!match) throw new Error(`No front matter in:\n${page.slice(0, 200)}`);
  return match[1]!;
}

/** The front matter as each reader sees it, by reader name; a reader that throws gives its error message. */
export function readWithEveryParser(page: string): Record<string, unknown> {
  const yaml = frontMatterOf(page);
  const attempt = (read: () => unknown) => {
    try {
      return read();
    } catch (error) {
      return `threw: ${(error as Error).message.split('\n')[0]}`;
    }
  };
  return {
    'yaml 1.2': attempt(() => YAML.parse(yaml, { version: '1.2' })),
    'yaml 1.1': attempt(() => YAML.parse(yaml, { version: '1.1' })),
    'js-yaml': attempt(() => load(yaml)),
    'js-yaml YAML 1.1 schema': attempt(() => load(yaml, { schema: YAML11_SCHEMA })),
    // Empty options: gray-matter's default engine (js-yaml 3), and no answer from its cache.
    'gray-matter default': attempt(() => matter(page, {}).data),
  };
}

/**
 * Characters YAML 1.1 readers accept inside a document without treating them
 * as line breaks or byte-order marks: tab, newline, printable ASCII and the
 * printable non-ASCII ranges minus NEL, U+2028, U+2029 and U+FEFF.
 */
export const YAML_1_1_SAFE_TEXT = /^[\t\n\x20-\x7E\xA0-\u2027\u202A-\uD7FF\uE000-\uFEFE\uFF00-\uFFFD\u{10000}-\u{10FFFF}]*$/u;
