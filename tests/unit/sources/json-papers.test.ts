import { describe, expect, test } from 'vitest';
import { parseArxivOai } from '../../../src/lib/sources/arxiv-oai.ts';
import { parseJsonPapers } from '../../../src/lib/sources/json-papers.ts';
import { jsonErrorPlace, jsonErrorReason } from '../../../src/lib/sources/json-positions.ts';

const OAI_LINE = JSON.stringify({
  id: '0704.0001',
  authors: "C. Bal\\'azs, E. L. Berger",
  title: 'Calculation of prompt diphoton production cross sections at Tevatron and\n  LHC energies',
  comments: '37 pages; code at https://github.com/x/y',
  'journal-ref': 'Phys.Rev.D76:013009,2007',
  doi: '10.1103/PhysRevD.76.013009',
  categories: 'hep-ph hep-ex',
  abstract: '  A fully differential calculation is\npresented.\n',
  versions: [{ version: 'v1', created: 'Mon, 2 Apr 2007 19:18:42 GMT' }, { version: 'v2', created: 'Tue, 24 Jul 2007 20:10:27 GMT' }],
  update_date: '2008-11-13',
  authors_parsed: [['Balázs', 'C.', ''], ['Berger', 'E. L.', '']],
});

const CSL = `[
  {
    "id": "ABCD1234",
    "type": "article-journal",
    "title": "Fast <i>in vivo</i> imaging of Ca<sup>2+</sup> waves",
    "container-title": "Nature <i>Methods</i>",
    "abstract": "<jats:p>Calcium &amp; sodium.</jats:p><jats:p>Then x &lt; y.</jats:p>",
    "DOI": "10.1038/NMETH.1234",
    "author": [{"family": "Dupont", "given": "Chloé"}, {"literal": "The Imaging Consortium"}],
    "issued": {"date-parts": [[2021, 6]]},
    "keyword": "imaging, calcium"
  },
  {"type": "article", "title": "Preprint", "number": "arXiv:2403.01234", "issued": {"date-parts": [["2024", "3", "2"]]}}
]`;

const HF = `[
  {
    "paper": {
      "id": "2403.05678",
      "authors": [{"_id": "a1", "name": "Lena Schmidt"}, {"_id": "a2", "name": "Kenji Sato"}],
      "publishedAt": "2024-03-08T18:59:59.000Z",
      "title": "VideoGen-1: Long Video Generation with\\n  Sparse Attention",
      "summary": "We present VideoGen-1.\\n\\nIt generates minute-long videos.",
      "githubRepo": "https://github.com/example/videogen",
      "projectPage": "https://example.github.io/videogen/",
      "ai_keywords": ["video generation", "sparse attention"]
    },
    "publishedAt": "2024-03-11T01:23:45.000Z"
  }
]`;

describe('parseArxivOai', () => {
  test('returns one record per line with the first version date and parsed authors', () => {
    const { records, diagnostics } = parseArxivOai(`${OAI_LINE}\n\n${OAI_LINE}\n`, 'm.jsonl');
    expect(records[0]).toEqual({
      title: 'Calculation of prompt diphoton production cross sections at Tevatron and LHC energies',
      abstract: ['A fully differential calculation is presented.'],
      file: 'm.jsonl',
      line: 1,
      authors: ['C. Balázs', 'E. L. Berger'],
      date: '2007-04-02',
      arxiv: '0704.0001',
      doi: '10.1103/PhysRevD.76.013009',
      venue: 'Phys.Rev.D76:013009,2007',
      categories: ['hep-ph', 'hep-ex'],
      urls: { code: ['https://github.com/x/y'] },
    });
    expect(records[1]!.line).toBe(3);
    expect(diagnostics).toEqual([]);
  });

  test('returns an error at a line that is not JSON, a warning at a line that is not a record, and reads the others', () => {
    const { records, diagnostics } = parseArxivOai(`${OAI_LINE}\n{"id": "1", "title": "x",\n{"name": "not a paper"}\n${OAI_LINE}\n`, 'm.jsonl');
    expect(records.map((r) => r.line)).toEqual([1, 4]);
    expect(diagnostics.map((d) => [d.line, d.column, d.severity, d.rule])).toEqual([[2, 26, 'error', 'jsonl-syntax'], [3, undefined, 'warning', 'oai-record-invalid']]);
  });
});

describe('parseJsonPapers', () => {
  test('returns CSL-JSON items with inline HTML as text, JATS paragraphs and metadata', () => {
    const { records, diagnostics } = parseJsonPapers(CSL, 'z.json');
    expect(records[0]).toEqual({
      title: 'Fast in vivo imaging of Ca²⁺ waves',
      abstract: ['Calcium & sodium.', 'Then x < y.'],
      file: 'z.json',
      line: 2,
      authors: ['Chloé Dupont', 'The Imaging Consortium'],
      date: '2021-06',
      doi: '10.1038/NMETH.1234',
      venue: 'Nature Methods',
      kind: 'article',
      organizations: ['The Imaging Consortium'],
      keywords: ['imaging', 'calcium'],
    });
    expect(records[1]).toMatchObject({ title: 'Preprint', arxiv: '2403.01234', date: '2024-03-02', line: 13 });
    expect(diagnostics).toEqual([expect.objectContaining({ line: 13, rule: 'json-no-abstract' })]);
  });

  test('returns Hugging Face daily papers with code, project page and keywords', () => {
    expect(parseJsonPapers(HF, 'hf.json').records).toEqual([
      {
        title: 'VideoGen-1: Long Video Generation with Sparse Attention',
        abstract: ['We present VideoGen-1.', 'It generates minute-long videos.'],
        file: 'hf.json',
        line: 2,
        authors: ['Lena Schmidt', 'Kenji Sato'],
        date: '2024-03-08',
        arxiv: '2403.05678',
        keywords: ['video generation', 'sparse attention'],
        urls: { code: ['https://github.com/example/videogen'], project: ['https://example.github.io/videogen/'] },
      },
    ]);
  });

  test('returns arXiv metadata when a .json file holds JSON lines, as the public snapshot does', () => {
    expect(parseJsonPapers(`${OAI_LINE}\n${OAI_LINE}\n`, 'snapshot.json').records.map((r) => r.line)).toEqual([1, 2]);
  });

  test('returns an error at the line and column where the JSON breaks', () => {
    const { records, diagnostics } = parseJsonPapers('[\n  {"title": "A", "type": "article"},\n  {"title": "B" "type": "article"}\n]', 'z.json');
    expect(records).toEqual([]);
    expect(diagnostics).toEqual([expect.objectContaining({ file: 'z.json', line: 3, column: 17, severity: 'error', rule: 'json-syntax' })]);
  });

  test.each([
    ['a rate-limit answer among daily papers', '{"error": "Rate limit exceeded", "status": 429}', 'json-item-unknown', 'keys: error, status'],
    ['a Manubot web page without a title', '{"id": "1GGGHdsew", "type": "webpage", "URL": "https://github.com/greenelab/deep-review"}', 'json-no-title', '"webpage" "https://github.com/greenelab/deep-review"'],
    ['a Hugging Face item whose paper has no title', '{"paper": {"id": "2403.05678"}}', 'json-no-title', 'keys: paper'],
    ['a CSL item with an empty title', '{"type": "article-journal", "title": "  ", "DOI": "10.1000/x"}', 'json-no-title', '"article-journal" "10.1000/x"'],
    ['a bare string', '"not an object"', 'json-item-unknown', 'a string'],
  ])('returns a warning at the line of %s, and the other items', (_case, item, rule, described) => {
    const { records, diagnostics } = parseJsonPapers(`[\n  {"title": "A", "type": "article", "abstract": "x"},\n  ${item},\n  {"title": "B", "type": "article", "abstract": "y"}\n]`, 'z.json');
    expect(records.map((r) => r.title)).toEqual(['A', 'B']);
    expect(diagnostics).toEqual([expect.objectContaining({ line: 3, severity: 'warning', rule })]);
    expect(diagnostics[0]!.message).toContain(described);
    expect(diagnostics[0]!.message).toMatch(/skipped and the rest is built\. .+/);
  });

  test.each([
    ['Python dict lines', "{'id': '1706.03762', 'title': 'Attention Is All You Need', 'doi': None}\n{'id': '1711.00489', 'title': \"Don't Decay the Learning Rate\", 'doi': None}\n", 1],
    ['a Python list of dicts', "[{'title': 'A', 'url': 'https://arxiv.org/abs/1706.03762'}, {'title': 'B'}]", 1],
    ['Python dicts after a JSON header line', '{"query": "cs.LG"}\n{"title": "A", "flagged": True}\n', 2],
  ])('returns one error for the whole file, at its first line of Python output, for %s', (_case, text, line) => {
    const { records, diagnostics } = parseJsonPapers(text, 'content/sources/scraped.jsonl');
    expect(records).toEqual([]);
    expect(diagnostics).toEqual([expect.objectContaining({ line, severity: 'error', rule: 'json-python-dict' })]);
    expect(diagnostics[0]!.message).toContain('ast.literal_eval');
    expect(diagnostics[0]!.message).toContain('< content/sources/scraped.jsonl > content/sources/scraped.converted.jsonl');
  });

  test('returns JSON that only mentions None and single quotes in its strings as JSON', () => {
    const { records, diagnostics } = parseJsonPapers(`[{"type": "article", "title": "{'a': None}", "abstract": "True, False"}]`, 'z.json');
    expect(records.map((r) => r.title)).toEqual(["{'a': None}"]);
    expect(diagnostics).toEqual([]);
  });
});

describe('jsonErrorPlace', () => {
  const placeOf = (text: string) => {
    try {
      JSON.parse(text);
    } catch (error) {
      return jsonErrorPlace(text, error);
    }
    throw new Error('valid JSON');
  };

  test.each([
    ['a missing comma, which the parser places itself', '[\n  {"title": "B" "type": "article"}\n]', { line: 2, column: 17 }],
    ['a trailing comma, which the parser does not place', '[\n  {"title": "A"},\n]\n', { line: 3, column: 1 }],
    ['a trailing comma in an object', '{\n  "title": "A",\n}', { line: 3, column: 1 }],
    ['a single-quoted key', "[\n  {'title': 'A'}\n]", { line: 2, column: 4 }],
    ['a text that ends too soon, just after its end', '[\n  {"title": "A"}', { line: 2, column: 17 }],
    ['a text that ends after a comma, which the parser does not place', '[\n  {"title": "A"},\n\n', { line: 2, column: 18 }],
    ['an empty text', '', { line: 1, column: 1 }],
    ['a byte order mark', '\uFEFF[]', { line: 1, column: 1 }],
    ['an unquoted word', '[\n  {"title": "A", "doi": undefined}\n]', { line: 2, column: 25 }],
  ])('returns the line and column of %s', (_case, text, place) => {
    expect(placeOf(text)).toEqual(place);
  });

  test('returns the place of an error whose message gives only a position, as older Node versions write it', () => {
    const text = '[\n  {"title": "B" "type": "article"}\n]';
    expect(jsonErrorPlace(text, new SyntaxError("Expected ',' or '}' after property value in JSON at position 18"))).toEqual({ line: 2, column: 17 });
  });
});

describe('jsonErrorReason', () => {
  test.each([
    ['Expected \',\' or \']\' after array element in JSON at position 3 (line 1 column 4)', "Expected ',' or ']' after array element"],
    ['Unexpected token \']\', "[\n  {"a": 1},\n]" is not valid JSON', "Unexpected token ']'"],
    ['Unexpected token \',\', ..."e14539"},\n,]\n" is not valid JSON', "Unexpected token ','"],
    ['Unexpected end of JSON input', 'Unexpected end of JSON input'],
  ])('returns %j as %j', (message, reason) => {
    expect(jsonErrorReason(new SyntaxError(message))).toBe(reason);
  });
});
