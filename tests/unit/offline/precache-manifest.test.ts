import { describe, expect, test } from 'vitest';
import { injectManifest, oversizeWarning, renderManifest, shapeManifest } from '../../../src/lib/offline/precache-manifest.ts';

const files = [
  { path: 'index.html', size: 1000, revision: 'aa' },
  { path: 'papers/a b/index.html', size: 24, revision: 'bb' },
];

describe('shapeManifest', () => {
  test.each([['/', '/index.html'], ['/papershelf/', '/papershelf/index.html']])('puts every address under the base path %s', (base, first) => {
    const manifest = shapeManifest(files, base);
    expect(manifest.entries[0]).toEqual({ url: first, revision: 'aa' });
    expect(manifest.entries[1]!.url).toBe(`${base}papers/a b/index.html`);
  });

  test('counts the files and adds up their sizes', () => {
    expect(shapeManifest(files, '/')).toMatchObject({ count: 2, size: 1024 });
    expect(shapeManifest([], '/')).toEqual({ entries: [], count: 0, size: 0 });
  });
});

describe('renderManifest', () => {
  test('writes one compact object per entry, strings quoted as in JSON', () => {
    expect(renderManifest([{ url: '/a "b".html', revision: 'aa' }, { url: '/c', revision: 'cc' }])).toBe('[{url:"/a \\"b\\".html",revision:"aa"},{url:"/c",revision:"cc"}]');
  });

  test('renders a list JavaScript reads back unchanged', () => {
    const entries = shapeManifest(files, '/x/').entries;
    expect(new Function(`return ${renderManifest(entries)}`)()).toEqual(entries);
  });
});

describe('injectManifest', () => {
  test('replaces the injection point, leaving $ patterns in addresses alone', () => {
    expect(injectManifest('go(self.__WB_MANIFEST,{})', '[{url:"/$&$1"}]')).toBe('go([{url:"/$&$1"}],{})');
  });

  test.each([['no', 'go([])'], ['two', 'go(self.__WB_MANIFEST);go(self.__WB_MANIFEST)']])('throws when the code has %s injection points', (_, code) => {
    expect(() => injectManifest(code, '[]')).toThrow('self.__WB_MANIFEST exactly once');
  });
});

describe('oversizeWarning', () => {
  test('names the file, its size and the limit', () => {
    expect(oversizeWarning('pagefind/big.pf_index', 25 * 1024 * 1024)).toBe("pagefind/big.pf_index is 25.0 MiB, and won't be precached (the limit is 20 MiB).");
  });
});
