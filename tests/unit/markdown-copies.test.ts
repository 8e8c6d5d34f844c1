import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contentHtml } from '../../src/integrations/markdown-copies.ts';
import { MarkdownPool } from '../../src/lib/markdown-pool.ts';
import { htmlToMarkdown, sourceToMarkdown } from '../../src/lib/page-markdown.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('MarkdownPool', () => {
  it('prints sources on worker threads, as on this thread', async () => {
    const pool = new MarkdownPool(ROOT, 'https://h.example', 2);
    try {
      const sources = [
        '## A\n\nSee [B](/b/).\n',
        "import X from './x.astro';\n\n<X />\n",
        ':::note\nKeep it short.\n:::\n',
      ];
      const printed = await Promise.all(sources.map((s) => pool.source(s)));
      expect(printed).toEqual(sources.map((s) => sourceToMarkdown(s, 'https://h.example')));
      expect(printed[0]).toBe('## A\n\nSee [B](https://h.example/b/).\n');
      expect(printed[1]).toBeUndefined();
    } finally {
      pool.close();
    }
  });

  it('converts built HTML on worker threads, as on this thread', async () => {
    const pool = new MarkdownPool(ROOT, 'https://h.example', 2);
    try {
      const component =
        '<check-list><p>Checklist</p><ul><li><input type="checkbox"><div>Ship</div></li></ul></check-list>';
      const pages = [
        `<h2 id="a">A</h2>${component}`,
        `<p>See <a href="/b/">B</a>.</p>${component}`,
        '<p>C</p>',
      ];
      const converted = await Promise.all([...pages, ...pages].map((html) => pool.html(html)));
      const expected = await Promise.all(pages.map((html) => htmlToMarkdown(html, 'https://h.example')));
      expect(converted).toEqual([...expected, ...expected]);
      expect(converted[1]).toBe('See [B](https://h.example/b/).\n\nChecklist\n\n- [ ] Ship\n');
    } finally {
      pool.close();
    }
  });

  it('works on this thread when the worker module is missing, or after close()', async () => {
    const missing = new MarkdownPool('/nonexistent', 'https://h.example', 1);
    expect(await missing.source('Text.\n')).toBe('Text.\n');
    expect(await missing.html('<p>Text.</p>')).toBe('Text.\n');
    missing.close();
    const closed = new MarkdownPool(ROOT, 'https://h.example', 1);
    closed.close();
    expect(await closed.source('[x](/x/)\n')).toBe('[x](https://h.example/x/)\n');
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
