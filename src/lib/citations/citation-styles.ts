import { decodeXmlText } from '../xml.ts';
import type { CitationStyle } from './format-citations.ts';

/** Labels of the styles that ship with papershelf, shorter than their titles. */
const LABELS: Record<string, string> = { apa: 'APA', ieee: 'IEEE', 'chicago-author-date': 'Chicago' };

/** The text of the first `<tag>` in the style's `<info>`, its XML entities decoded once. */
function infoText(xml: string, tag: string): string | undefined {
  const text = new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(xml)?.[1]?.trim();
  return text ? decodeXmlText(text) : undefined;
}

/** A style's label: papershelf's own for the bundled styles, else the style's short title, title or file name. */
export function styleLabel(id: string, xml: string): string {
  return LABELS[id] ?? infoText(xml, 'title-short') ?? infoText(xml, 'title') ?? id;
}

/**
 * The styles a site offers, from CSL files by name (`apa.csl`): APA, IEEE and
 * Chicago first, then the others in file order, a later file replacing an
 * earlier one of the same name; the default style moves to the front. Throws when `defaultStyle`
 * names none of them, saying which there are.
 */
export function siteStyles(files: readonly { name: string; xml: string }[], defaultStyle: string): CitationStyle[] {
  const byId = new Map<string, CitationStyle>();
  for (const { name, xml } of files) {
    const id = name.replace(/\.csl$/, '');
    byId.set(id, { id, label: styleLabel(id, xml), xml });
  }
  // APA, IEEE, Chicago, then the user's styles.
  const rank = (s: CitationStyle) => (s.id in LABELS ? Object.keys(LABELS).indexOf(s.id) : Object.keys(LABELS).length);
  const styles = [...byId.values()].sort((a, b) => rank(a) - rank(b));
  const chosen = byId.get(defaultStyle);
  if (!chosen) throw new Error(`CITATION_STYLE=${defaultStyle} names no citation style; there are ${[...byId.keys()].join(', ')} (CSL files in src/data/csl and content/csl).`);
  return [chosen, ...styles.filter((s) => s !== chosen)];
}
