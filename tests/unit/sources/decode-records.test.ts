import { describe, expect, test } from 'vitest';
import { decodeRecordText } from '../../../src/lib/sources/decode-records.ts';
import type { SourceRecord } from '../../../src/lib/sources/source-record.ts';

const record = (fields: Partial<SourceRecord>): SourceRecord => ({ title: '', abstract: [], file: 'a.json', line: 1, ...fields });

describe('decodeRecordText', () => {
  test('returns titles, names and venues as plain text and abstracts with their emphasis marked', () => {
    const [out] = decodeRecordText([
      record({ title: '\\emph{Gr\\"obner} bases', abstract: ['A \\emph{toric} case~\\cite{st96}.'], authors: ['J\\\'anos Koll\\\'ar'], venue: 'Ann. of Math. {\\bf 98}' }),
    ]);
    expect(out).toEqual(record({ title: 'Gröbner bases', abstract: ['A \uE010toric\uE011 case\u00A0[st96].'], authors: ['János Kollár'], venue: 'Ann. of Math. 98' }));
  });

  test('returns HTML fields with their tags read and entities decoded once, after their TeX', () => {
    const [out] = decodeRecordText([record({ title: 'The <i>in vivo</i> case', abstract: ['<jats:p>&lsquo;A&rsquo; &amp;amp; Gr\\"obner</jats:p>'], authors: ['Andr&eacute; Weil'] })], 'html');
    expect([out?.title, out?.abstract, out?.authors]).toEqual(['The in vivo case', ['‘A’ &amp; Gröbner'], ['André Weil']]);
  });

  test('returns each record of a batch with its own fields, absent ones left absent', () => {
    const out = decodeRecordText([record({ title: 'A~B' }), record({ title: 'C', authors: ['D\\"E'] })]);
    expect(out.map((r) => [r.title, r.authors, 'venue' in r])).toEqual([['A\u00A0B', undefined, false], ['C', ['DË'], false]]);
  });
});
