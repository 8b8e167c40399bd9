import { describe, expect, test } from 'vitest';
import { noteSearchHtml } from '../../../src/lib/search/note-search-html.ts';

describe('noteSearchHtml', () => {
  test('gives the note under its heading, as the paper page shows it', () => {
    expect(noteSearchHtml('We read it *twice*.\n')).toBe('<section><h2>Notes</h2><p>We read it <em>twice</em>.</p></section>');
  });

  test('keeps the words written inside a component and drops imports and expressions', () => {
    const html = noteSearchHtml("import Callout from '../../src/components/Callout.astro';\n\nSee {props.x} below.\n\n<Callout title=\"Takeaway\">\nA single linear layer.\n</Callout>\n");
    expect(html).toContain('<p>A single linear layer.</p>');
    expect(html).not.toMatch(/import|Callout|props|Takeaway/);
    expect(html).toContain('<p>See  below.</p>');
  });

  test('drops attributes, so a note cannot steer the index with data-pagefind ones', () => {
    // In MDX an HTML tag is JSX too: its words stay, its attributes go.
    expect(noteSearchHtml('<div data-pagefind-meta="title:x" class="c">Text</div>\n')).toBe('<section><h2>Notes</h2>Text</section>');
  });

  test('reads GFM, as notes are compiled with it, and skips front matter', () => {
    const html = noteSearchHtml('---\ntitle: ignored\n---\n\n| a | b |\n| --- | --- |\n| cell one | cell two |\n');
    expect(html).toContain('<td>cell one</td>');
    expect(html).not.toContain('ignored');
  });

  test('escapes text, so a note that shows markup stays text', () => {
    expect(noteSearchHtml('Use `<script>` with care & caution.\n')).toBe('<section><h2>Notes</h2><p>Use <code>&#x3C;script></code> with care &#x26; caution.</p></section>');
  });
});
