import { describe, expect, test } from 'vitest';
import { parseArxivAtom } from '../../../src/lib/sources/arxiv-atom.ts';

const FEED = `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom">
  <title>arXiv Query: search_query=all:diffusion&amp;start=0</title>
  <entry>
    <id>http://arxiv.org/abs/2403.01234v2</id>
    <published>2024-03-02T12:00:01Z</published>
    <title>Score Matching &amp; Denoising: A $\\sigma$-Schedule for
  Diffusion Models &lt;Revisited&gt;</title>
    <summary>  We revisit denoising score matching and show that a
simple schedule uses &lt;50% of the steps &#x2014; see
https://github.com/example/sigma.
</summary>
    <author><name>Ana P&#233;rez</name></author>
    <author><name>Wei Zhang</name><arxiv:affiliation>U</arxiv:affiliation></author>
    <arxiv:doi>10.1000/EX.17</arxiv:doi>
    <arxiv:comment>12 pages; project page at https://example.org/sigma/</arxiv:comment>
    <arxiv:journal_ref>Proc. ICML 2024</arxiv:journal_ref>
    <link href="http://arxiv.org/abs/2403.01234v2" rel="alternate" type="text/html"/>
    <arxiv:primary_category term="cs.LG" scheme="http://arxiv.org/schemas/atom"/>
    <category term="cs.LG"/><category term="stat.ML"/>
  </entry>
  <entry>
    <id>http://arxiv.org/abs/hep-th/9901001v1</id>
    <title>Old-style identifier</title>
    <summary></summary>
  </entry>
</feed>
`;

describe('parseArxivAtom', () => {
  test('returns each entry with unwrapped title and summary, entities decoded, and metadata', () => {
    const { records, diagnostics } = parseArxivAtom(FEED, 'a.xml');
    expect(records[0]).toEqual({
      title: 'Score Matching & Denoising: A $\\sigma$-Schedule for Diffusion Models <Revisited>',
      abstract: ['We revisit denoising score matching and show that a simple schedule uses <50% of the steps — see https://github.com/example/sigma.'],
      file: 'a.xml',
      line: 4,
      authors: ['Ana Pérez', 'Wei Zhang'],
      date: '2024-03-02',
      arxiv: '2403.01234',
      doi: '10.1000/EX.17',
      venue: 'Proc. ICML 2024',
      categories: ['cs.LG', 'stat.ML'],
      urls: { project: ['https://example.org/sigma/'] },
    });
    expect(records[1]).toMatchObject({ title: 'Old-style identifier', arxiv: 'hep-th/9901001', line: 22, abstract: [] });
    expect(diagnostics).toEqual([expect.objectContaining({ line: 22, rule: 'atom-no-abstract', severity: 'warning' })]);
  });

  test('returns an error at the line of malformed XML and no records', () => {
    const { records, diagnostics } = parseArxivAtom('<feed>\n  <entry>\n    <title>Unclosed\n  </entry>\n</feed>\n', 'a.xml');
    expect(records).toEqual([]);
    expect(diagnostics).toEqual([expect.objectContaining({ file: 'a.xml', line: 4, severity: 'error', rule: 'atom-syntax' })]);
  });

  test('returns an error when the XML is not an Atom feed', () => {
    expect(parseArxivAtom('<rss><channel/></rss>', 'a.xml').diagnostics).toEqual([expect.objectContaining({ rule: 'atom-not-feed', line: 1 })]);
  });
});

describe('parseArxivAtom on entries that cannot become pages', () => {
  test('returns a warning at an entry without a title and at an arXiv API error entry, and the other entries', () => {
    const feed = `<feed xmlns="http://www.w3.org/2005/Atom">
  <entry>
    <id>http://arxiv.org/api/errors#incorrect_id_format_for_1234.12345</id>
    <title>Error</title>
    <summary>incorrect id format for 1234.12345</summary>
    <author><name>arXiv api core</name></author>
  </entry>
  <entry>
    <id>http://arxiv.org/abs/1706.03762v7</id>
    <title>Attention Is All You Need</title>
    <summary>The dominant sequence transduction models are based on complex recurrent or
convolutional neural networks.</summary>
  </entry>
  <entry>
    <id>http://arxiv.org/abs/1810.04805v2</id>
    <title>  </title>
  </entry>
</feed>
`;
    const { records, diagnostics } = parseArxivAtom(feed, 'a.xml');
    expect(records.map((r) => r.arxiv)).toEqual(['1706.03762']);
    expect(diagnostics.map((d) => [d.line, d.severity, d.rule])).toEqual([[2, 'warning', 'atom-entry-invalid'], [14, 'warning', 'atom-entry-invalid']]);
    expect(diagnostics[0]!.message).toMatch(/arXiv API error.*skipped/);
  });
});
