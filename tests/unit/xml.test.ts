import { describe, expect, test } from 'vitest';
import { parseArxivAtom } from '../../src/lib/sources/arxiv-atom.ts';
import { decodeXmlText, escapeXml } from '../../src/lib/xml.ts';

describe('decodeXmlText', () => {
  test.each([
    ['P&#233;rez &#x2014; &amp; &lt;b&gt;', 'Pérez — & <b>'],
    ['&amp;lt; once', '&lt; once'],
    ['&eacute; is not XML', '&eacute; is not XML'],
    ['no references', 'no references'],
  ])('returns %j as %j', (xml, text) => expect(decodeXmlText(xml)).toBe(text));

  test('returns the text escapeXml escaped', () => {
    expect(decodeXmlText(escapeXml(`a < b & "c" 'd' &amp;`))).toBe(`a < b & "c" 'd' &amp;`);
  });
});

describe('parseArxivAtom', () => {
  test('returns titles, summaries and names with their references decoded once', () => {
    const xml = '<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>http://arxiv.org/abs/2401.00001v1</id><title>A &amp;amp; B</title><summary>x &amp;lt; y, Kullback--Leibler</summary><author><name>Ana P&#233;rez</name></author></entry></feed>';
    const [record] = parseArxivAtom(xml, 'q.xml').records;
    expect([record?.title, record?.abstract, record?.authors]).toEqual(['A &amp; B', ['x &lt; y, Kullback–Leibler'], ['Ana Pérez']]);
  });
});
