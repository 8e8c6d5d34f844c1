import { describe, expect, it } from 'vitest';
import { markdownToText, renderInlineMarkdown, renderMarkdown } from '../../src/lib/markdown.ts';

describe('renderInlineMarkdown', () => {
  it('renders emphasis, code and links without a paragraph', () => {
    expect(renderInlineMarkdown('Use `POST` for **create**, see [REST](/integration/rest/)')).toBe(
      'Use <code>POST</code> for <strong>create</strong>, see <a href="/integration/rest/">REST</a>',
    );
  });

  it('renders GFM strikethrough and autolinks', () => {
    expect(renderInlineMarkdown('~~FID~~ INP, https://web.dev')).toBe(
      '<del>FID</del> INP, <a href="https://web.dev">https://web.dev</a>',
    );
  });

  it('drops raw HTML so data cannot inject script', () => {
    expect(renderInlineMarkdown('safe <script>alert(1)</script> text')).not.toMatch(/<script/);
  });

  it('rejects block content with a message that says what to do', () => {
    expect(() => renderInlineMarkdown('- one\n- two')).toThrow(
      /Expected inline Markdown.*move it to a `details` field/s,
    );
    expect(() => renderInlineMarkdown('one\n\ntwo')).toThrow(/block content/);
  });
});

describe('renderMarkdown', () => {
  it('renders GFM task lists and tables', () => {
    const html = renderMarkdown('- [x] done\n- [ ] todo\n\n| a |\n| - |\n| 1 |');
    expect(html).toMatch(/<input type="checkbox" checked disabled>/);
    expect(html).toMatch(/<table>/);
  });
});

describe('markdownToText', () => {
  it('keeps the words and drops the markup', () => {
    expect(markdownToText('See [the guide](/x/) for **more** & `a < b`')).toBe(
      'See the guide for more & a < b',
    );
  });
});
