import { describe, expect, test } from 'vitest';
import { parseMarkdownListing } from '../../../src/lib/sources/markdown-listing.ts';
import { parseMarkdown } from '../../../src/lib/sources/markdown/parse-markdown.ts';

const ABSTRACT = 'We propose a method and evaluate it on three benchmarks.';

/** Parses and keeps what the tests compare. */
function parse(text: string) {
  const { records, diagnostics } = parseMarkdownListing(text, 'content/sources/list.md');
  return { records, diagnostics, titles: records.map((r) => r.title) };
}

describe('parseMarkdownListing', () => {
  test.each([
    ['**Authors**: A. Vaswani, N. Shazeer'],
    ['**Authors:** A. Vaswani, N. Shazeer'],
    ['- Authors: A. Vaswani, N. Shazeer'],
    ['- **Authors**: A. Vaswani, N. Shazeer'],
    ['* **Authors:** A. Vaswani and N. Shazeer'],
    ['Authors: A. Vaswani; N. Shazeer'],
    ['**作者**：A. Vaswani, N. Shazeer'],
    ['__Author:__ A. Vaswani, N. Shazeer'],
  ])('returns the authors when they are labelled as %j', (line) => {
    const { records } = parse(`### Attention Is All You Need\n\n${line}\n\nAbstract: ${ABSTRACT}\n`);
    expect(records[0]!.authors).toEqual(['A. Vaswani', 'N. Shazeer']);
    expect(records[0]!.abstract).toEqual([ABSTRACT]);
  });

  test.each([
    ['an inline label', `**Abstract:** ${ABSTRACT}`],
    ['a label on its own line', `**Abstract**\n\n${ABSTRACT}`],
    ['a plain label and a wrapped paragraph', `Abstract:\nWe propose a method and\nevaluate it on three benchmarks.`],
    ['hard breaks of two spaces', `**Abstract**: We propose a method and  \nevaluate it on three benchmarks.  `],
    ['a sub-heading', `#### Abstract\n\n${ABSTRACT}`],
    ['a details block', `<details><summary>Abstract</summary>\n  ${ABSTRACT}\n</details>`],
    ['a paragraph without label', ABSTRACT],
    ['a block quote under a label heading', `#### 摘要（原文）\n\n> We propose a method and\n> evaluate it on three benchmarks.`],
  ])('returns the abstract when it is given as %s', (_, body) => {
    const { records, diagnostics } = parse(`### Paper A\n\n**Authors:** Jane Doe\n\n${body}\n`);
    expect(records.map((r) => [r.title, r.abstract])).toEqual([['Paper A', [ABSTRACT]]]);
    expect(diagnostics).toEqual([]);
  });

  test('returns arXiv ids, code and project links from link fields, and keeps links in the abstract as text', () => {
    const text = `### Paper A\n- [arXiv](https://arxiv.org/abs/2401.12568v2) | [PDF](https://arxiv.org/pdf/2401.12568) | [Code](https://example.org/code) | [Project page](https://paper-a.github.io)\n\nAbstract: See [our repository](https://github.com/a/b) for code.\n`;
    const [record] = parse(text).records;
    expect(record).toMatchObject({ arxiv: '2401.12568', urls: { code: ['https://example.org/code'], project: ['https://paper-a.github.io'] } });
    expect(record!.abstract).toEqual(['See our repository (https://github.com/a/b) for code.']);
  });

  test('returns the arXiv id and authors of a digest whose heading links to the paper and whose authors have no label', () => {
    const text = '## NeRF  \n\n### [NeRF-AD: Talking Face Synthesis](http://arxiv.org/abs/2401.12568)  \nChongke Bi, Xiaoxing Liu, Zhilei Liu  \n<details>  \n  <summary>Abstract</summary>  \n  <ol>  \n    Talking face synthesis driven by audio is a research hotspot.  \n  </ol>  \n</details>  \n**comments**: Accepted by ICASSP 2024  \n';
    const { records } = parse(text);
    expect(records).toEqual([expect.objectContaining({ title: 'NeRF-AD: Talking Face Synthesis', arxiv: '2401.12568', authors: ['Chongke Bi', 'Xiaoxing Liu', 'Zhilei Liu'], abstract: ['Talking face synthesis driven by audio is a research hotspot.'], line: 3 })]);
  });

  test('returns no paper for file, date and section headings, and dates the papers under a date heading', () => {
    const text = `# Reading list\n\nWhat we read.\n\n## 2024-05-03\n\n### Computer Vision\n\n#### Paper A\n\nAbstract: ${ABSTRACT}\n\n#### Paper B\n\nAbstract: ${ABSTRACT}\n\n## May 4\n\n### Robotics\n\n#### Paper C\n\nAbstract: ${ABSTRACT}\n`;
    const { records } = parse(text);
    expect(records.map((r) => [r.title, r.listed, r.line])).toEqual([['Paper A', '2024-05-03', 9], ['Paper B', '2024-05-03', 13], ['Paper C', 'May 4', 21]]);
  });

  test('returns the papers of entries separated by --- with a Title field, and a warning at an entry without title', () => {
    const text = `**Title:** Paper A  \n**Abstract:** ${ABSTRACT}\n\n---\n\n**Title:** Paper B\n\n---\n\n**Authors:** Jane Doe  \n**Abstract:** ${ABSTRACT}\n`;
    const { titles, diagnostics } = parse(text);
    expect(titles).toEqual(['Paper A', 'Paper B']);
    expect(diagnostics.map((d) => [d.rule, d.line, d.severity])).toEqual([['markdown-no-title', 10, 'warning'], ['markdown-no-abstract', 6, 'warning']]);
  });

  test('returns one paper per row of a table with a title column, and none for the headings over it', () => {
    const text = '## Updated on 2025.03.25\n\n## Brain Simulation\n\n|Publish Date|Title|Authors|PDF|Code|\n|---|---|---|---|---|\n|**2024-12-17**|**Noise-based Local Learning**|Kees Koenders et.al.|[2412.12783](http://arxiv.org/abs/2412.12783)|**[link](https://github.com/artcogsys/MTJ)**|\n|**2025-03-04**|**Tera-MIND**|Jiqing Wu et.al.|[2503.01220](http://arxiv.org/abs/2503.01220)|null|\n||||||\n';
    const { records, diagnostics } = parse(text);
    expect(records.map((r) => [r.title, r.date, r.authors, r.arxiv, r.urls, r.line])).toEqual([
      ['Noise-based Local Learning', '2024-12-17', ['Kees Koenders'], '2412.12783', { code: ['https://github.com/artcogsys/MTJ'] }, 7],
      ['Tera-MIND', '2025-03-04', ['Jiqing Wu'], '2503.01220', undefined, 8],
    ]);
    expect(diagnostics.filter((d) => d.rule === 'markdown-no-title').map((d) => d.line)).toEqual([9]);
  });

  test('returns the title of a one-paper note, ignoring its front matter and the sub-sections that are not its abstract', () => {
    const text = `---\nlayout: default\ntitle: Paper A\n---\n\n# Paper A\n**arXiv**：[2510.08919v1](https://arxiv.org/abs/2510.08919) · [PDF](https://arxiv.org/pdf/2510.08919.pdf)  \n**作者**：Daiki Yoshikawa, Takashi Matsubara  \n\n**关键词**：双曲空间, 零样本学习\n\n## 3 点简述\n- 层次\n- 组合\n\n## 摘要（原文）\n\n> ${ABSTRACT}\n`;
    const { records } = parse(text);
    expect(records).toEqual([expect.objectContaining({ title: 'Paper A', line: 6, arxiv: '2510.08919', authors: ['Daiki Yoshikawa', 'Takashi Matsubara'], keywords: ['双曲空间', '零样本学习'], abstract: [ABSTRACT] })]);
  });

  test.each([
    ['<SOG_k>: One Token for Graphs', '<SOG_k>: One Token for Graphs'],
    ['$\\textbf{X}$: Explaining Models', '$\\textbf{X}$: Explaining Models'],
    ['From Pixels to Words -- Towards Primitives', 'From Pixels to Words -- Towards Primitives'],
    ['<script>alert(1)</script> and {props.title}', '<script>alert(1)</script> and {props.title}'],
    ['Caf\\\'e au lait, {\\"U}ber alles', 'Café au lait, Über alles'],
    ['1. Numbered Paper', 'Numbered Paper'],
  ])('returns the heading %j as the literal title %j', (heading, title) => {
    expect(parse(`### ${heading}\n\nAbstract: ${ABSTRACT}\n`).titles).toEqual([title]);
  });

  test('returns TeX formulas of an abstract as written, Markdown escapes and emphasis marks included', () => {
    const { records } = parse('### Paper A\n\nAbstract: We reach $4-7\\%$ lower FiD, $a*b$ and $c*d$ alike, at $\\mathrm{BER} < 10^{-3}$.\n');
    expect(records[0]!.abstract).toEqual(['We reach $4-7\\%$ lower FiD, $a*b$ and $c*d$ alike, at $\\mathrm{BER} < 10^{-3}$.']);
  });

  test('returns a field, not a heading, when a --- line under a field makes Markdown read it as a heading', () => {
    const { records } = parse(`### Paper A\n\nAbstract: ${ABSTRACT}\nAuthors: Jane Doe\n---\n`);
    expect(records.map((r) => [r.title, r.authors])).toEqual([['Paper A', ['Jane Doe']]]);
  });

  test('returns one paper, with its DOI, when a sub-heading of its notes holds a DOI link', () => {
    const { records } = parse(`## Paper A\n\nAbstract: ${ABSTRACT}\n\n### Citation\n\n- DOI: [10.1109/CVPR.2016.90](https://doi.org/10.1109/CVPR.2016.90)\n\n### Method\n\nNotes on the method, which is not the abstract.\n`);
    expect(records.map((r) => [r.title, r.abstract, r.doi])).toEqual([['Paper A', [ABSTRACT], '10.1109/CVPR.2016.90']]);
  });

  test('returns the unlabelled paragraph as the abstract, not the TL;DR, when a paper has both', () => {
    expect(parse(`### Paper A\n\n**TL;DR:** Short.\n\n${ABSTRACT}\n`).records[0]!.abstract).toEqual([ABSTRACT]);
    expect(parse('### Paper A\n\n**TL;DR:** Short.\n').records[0]!.abstract).toEqual(['Short.']);
  });

  test('returns no paper for a heading that links to an arXiv listing page rather than to a paper', () => {
    expect(parse(`# [cs.CV new](https://arxiv.org/list/cs.CV/new)\n\n## Paper A\n\nAbstract: ${ABSTRACT}\n`).titles).toEqual(['Paper A']);
  });

  test('returns the summary as the abstract when the only other paragraph is a bare link', () => {
    const { records } = parse('## 2025-09-01\n\n### Paper A\n\n[arXiv](https://arxiv.org/abs/2509.00001)\n\n**Authors:** Jane Doe\n\n**Summary:** A one-line summary.\n\n---\n');
    expect(records.map((r) => [r.title, r.arxiv, r.abstract, r.listed])).toEqual([['Paper A', '2509.00001', ['A one-line summary.'], '2025-09-01']]);
  });

  test('returns the date of a `Date:` heading as the date of the papers under it', () => {
    const { records } = parse(`# Date: 2025-01-02\n\n## Paper A\n**Authors**: Jane Doe  \n**Link**: [arXiv](https://arxiv.org/abs/2501.00001)  \n**Domain**: NLP  \n\n**Abstract**: \n${ABSTRACT}\n\n---\n`);
    expect(records.map((r) => [r.title, r.listed, r.arxiv, r.abstract])).toEqual([['Paper A', '2025-01-02', '2501.00001', [ABSTRACT]]]);
  });

  test('returns a paper per bold-title paragraph or list item of an awesome list, without the authors\' home pages as links', () => {
    const text = '## Neural Rerendering\n\n**Neural Lumigraph Rendering.**<br>\n*Petr Kellnhofer, Lars Jebe, and [Gordon Wetzstein](https://stanford.edu/~gordonwz/).*<br>\nCVPR 2021. [[PDF](https://arxiv.org/abs/2103.11571)] [[Code](https://example.org/nlr)]\n\n- **Neural Rerendering in the Wild**  \n  Moustafa Meshry, Dan B Goldman  \n  [[PDF](https://arxiv.org/abs/1904.04290)]\n';
    const { records } = parse(text);
    expect(records.map((r) => [r.title, r.authors, r.arxiv, r.urls, r.line])).toEqual([
      ['Neural Lumigraph Rendering', ['Petr Kellnhofer', 'Lars Jebe', 'Gordon Wetzstein'], '2103.11571', { code: ['https://example.org/nlr'] }, 3],
      ['Neural Rerendering in the Wild', ['Moustafa Meshry', 'Dan B Goldman'], '1904.04290', undefined, 7],
    ]);
  });

  test('returns a paper per list item whose title links to the paper, with the authors after the link', () => {
    const text = '## Papers\n\n- [NeRF: Representing Scenes as Neural Radiance Fields](https://arxiv.org/abs/2003.08934), Mildenhall et al., ECCV 2020 | [github](https://github.com/bmild/nerf)\n- [Mip-NeRF: A Multiscale Representation](https://arxiv.org/abs/2103.13415) - Jonathan T. Barron, Ben Mildenhall\n';
    expect(parse(text).records.map((r) => [r.title, r.arxiv, r.authors, r.urls])).toEqual([
      ['NeRF: Representing Scenes as Neural Radiance Fields', '2003.08934', undefined, { code: ['https://github.com/bmild/nerf'] }],
      ['Mip-NeRF: A Multiscale Representation', '2103.13415', ['Jonathan T. Barron', 'Ben Mildenhall'], undefined],
    ]);
  });

  test('returns a bold paragraph under a paper heading as part of that paper, not as a paper', () => {
    const { records } = parse(`### Paper A\n\nAbstract: ${ABSTRACT}\n\n**Follow-up work**<br>\nSee [the sequel](https://arxiv.org/abs/2401.00002).\n`);
    // The link is another paper's: it stays in the text, not as this paper's arXiv id.
    expect(records.map((r) => [r.title, r.arxiv, r.abstract.length])).toEqual([['Paper A', undefined, 2]]);
  });

  test('returns a paper without abstract and a warning at its heading', () => {
    const { records, diagnostics } = parse('# List\n\n## Paper A\n\n## Paper B\n\n**Abstract:** Text.\n');
    expect(records.map((r) => [r.title, r.abstract])).toEqual([['Paper A', []], ['Paper B', ['Text.']]]);
    expect(diagnostics).toEqual([expect.objectContaining({ line: 3, severity: 'warning', rule: 'markdown-no-abstract' })]);
  });

  test('returns no records and a warning that says how to write the file when it holds no paper', () => {
    const { records, diagnostics } = parse('Just some notes.\n\n- one\n- two\n');
    expect(records).toEqual([]);
    expect(diagnostics).toEqual([expect.objectContaining({ line: 0, severity: 'warning', rule: 'markdown-no-papers', message: expect.stringMatching(/heading \(`### Title`\)/) })]);
  });
});

describe('parseMarkdown', () => {
  /** The type, position and value of every node, to compare two parses. */
  const shape = (node: object): unknown => JSON.parse(JSON.stringify(node));

  test('returns the same blocks and positions when long text is parsed in chunks cut at headings', () => {
    const entry = (n: number) => `## Paper ${n}\n\n**Authors:** Jane Doe  \n**Abstract:** Text with $x_i$ and a [link](https://example.org/${n}).\n\n`;
    const text = `${Array.from({ length: 40 }, (_, n) => entry(n)).join('')}\`\`\`\n# code, not a heading\n\n# still code\n\`\`\`\n\n# After the code\n\n|Title|\n|---|\n|A|\n`;
    const chunked = parseMarkdown(text, 200);
    expect(shape(chunked)).toEqual(shape(parseMarkdown(text, Infinity)));
    expect(chunked.filter((n) => n.type === 'heading').map((n) => n.position?.start.line).slice(-2)).toEqual([196, 207]);
  });
});
