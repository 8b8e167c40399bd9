/**
 * LaTeX display-math environments as KaTeX can render them. KaTeX renders a
 * formula, not a document, so numbered document environments become their
 * inner forms (`align*` → `aligned`, `gather` → `gathered`, `eqnarray` → a
 * three-column array), and `\label`, `\nonumber` and `\notag`, which only
 * matter to a document, are dropped.
 */

/** The environment names recognised as display math. */
export const DISPLAY_ENVIRONMENTS = new Set([
  'equation', 'equation*', 'displaymath', 'align', 'align*', 'flalign', 'flalign*', 'alignat', 'alignat*',
  'gather', 'gather*', 'multline', 'multline*', 'eqnarray', 'eqnarray*',
]);

/** The start of a display environment: `\begin{align*}`, with the name captured. */
export const DISPLAY_BEGIN = /\\begin\s*\{([a-z]+\*?)\}/y;

/** Removes what only a document needs: labels and numbering switches. */
function withoutDocumentCommands(body: string): string {
  return body.replace(/\\label\s*\{[^{}]*\}|\\nonumber\b|\\notag\b/g, '');
}

/**
 * The TeX KaTeX renders for the body of a display environment named `name`.
 * `alignat` keeps its column count, which starts the body (`{2} a &= b`).
 */
export function displayEnvironmentTex(name: string, body: string): string {
  const inner = withoutDocumentCommands(body).trim();
  const base = name.replace(/\*$/, '');
  if (base === 'align' || base === 'flalign') return `\\begin{aligned}${inner}\\end{aligned}`;
  if (base === 'alignat') {
    const columns = /^\{(\d+)\}/.exec(inner);
    return columns ? `\\begin{alignedat}{${columns[1]}}${inner.slice(columns[0].length).trim()}\\end{alignedat}` : `\\begin{aligned}${inner}\\end{aligned}`;
  }
  if (base === 'gather' || base === 'multline') return `\\begin{gathered}${inner}\\end{gathered}`;
  if (base === 'eqnarray') return `\\begin{array}{rcl}${inner}\\end{array}`;
  return inner;
}
