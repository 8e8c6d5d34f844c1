import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contentHtml } from '../../src/integrations/markdown-copies.ts';
import { printSources } from '../../src/lib/markdown-pool.ts';
import { sourceToMarkdown } from '../../src/lib/page-markdown.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('printSources', () => {
  it('prints each plain-Markdown source on worker threads, as sourceToMarkdown does, and leaves the rest', async () => {
    const pages = [
      { key: 'a', source: '## A\n\nSee [B](/b/).\n' },
      { key: 'b', source: "import X from './x.astro';\n\n<X />\n" },
      { key: 'c', source: ':::note\nKeep it short.\n:::\n' },
    ];
    const printed = printSources(pages, 'https://h.example', ROOT);
    expect([...printed.keys()]).toEqual(['a', 'b', 'c']);
    for (const page of pages)
      expect(await printed.get(page.key), page.key).toBe(sourceToMarkdown(page.source, 'https://h.example'));
    expect(await printed.get('a')).toBe('## A\n\nSee [B](https://h.example/b/).\n');
    expect(await printed.get('b')).toBeUndefined();
  });

  it('prints on this thread when the worker module is missing', async () => {
    const printed = printSources([{ key: 'a', source: 'Text.\n' }], 'https://h.example', '/nonexistent');
    expect(await printed.get('a')).toBe('Text.\n');
  });
});

describe('contentHtml', () => {
  it("returns the inner HTML of the page's content element, nested divs included", () => {
    const html =
      '<main><div class="x"><div class="sl-markdown-content"><p>A</p><div><p>B</p></div></div><footer>F</footer></div></main>';
    expect(contentHtml(html, 'p.html')).toBe('<p>A</p><div><p>B</p></div>');
  });

  it('fails naming the file when the page has no content element', () => {
    expect(() => contentHtml('<main></main>', 'dist/x/index.html')).toThrow(
      /dist\/x\/index\.html: no <div class="sl-markdown-content">/,
    );
  });
});
