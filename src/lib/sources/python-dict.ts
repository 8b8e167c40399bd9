/**
 * Scrapers often write `print(record)` or `str(dict)` instead of
 * `json.dumps(record)`: lines like `{'title': 'x', 'doi': None}`. Such a file
 * is not JSON at all, so one error for the file says more than one per line.
 */

/** A dict or list of dicts opening with a single-quoted key, as Python's `repr` writes it. */
const QUOTED_KEY = /^\s*\[?\s*\{\s*'[^'\n]*'\s*:/;
/** Python's literals where JSON has `null`, `true` and `false`. */
const PYTHON_LITERAL = /[:,[]\s*(?:None|True|False)\s*[,}\]]/;

/** True when text cannot be JSON. */
function isNotJson(text: string): boolean {
  try {
    JSON.parse(text);
    return false;
  } catch {
    return true;
  }
}

/**
 * The 1-based line of the first line that looks like Python dict output
 * rather than JSON (single-quoted keys, `None`, `True`, `False`), or
 * undefined when no line does. A line that parses as JSON never counts, so
 * valid JSON that merely mentions `None` in a string is not mistaken for it.
 */
export function pythonDictLine(text: string): number | undefined {
  const lines = text.split('\n');
  const index = lines.findIndex((line) => (QUOTED_KEY.test(line) || (line.trimStart().startsWith('{') && PYTHON_LITERAL.test(line))) && isNotJson(line));
  return index < 0 ? undefined : index + 1;
}

/** The shell command that turns Python dict lines into JSON lines, reading `input` and writing `output`. */
export function pythonToJsonLinesCommand(input: string, output: string): string {
  return `python3 -c "import ast,json,sys; [print(json.dumps(ast.literal_eval(l))) for l in sys.stdin if l.strip()]" < ${input} > ${output}`;
}
