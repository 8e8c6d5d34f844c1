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

  it('drops javascript: and data: link targets but keeps the link text', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'data:text/html,<b>x</b>',
      'vbscript:x',
    ]) {
      const html = renderInlineMarkdown(`see [the guide](${url}) now`);
      expect(html, url).toBe('see <a>the guide</a> now');
    }
  });

  it('keeps http, https, mailto and relative link targets', () => {
    expect(
      renderInlineMarkdown('[a](https://a.example/) [b](http://b.example/) [c](mailto:c@example.com)'),
    ).toBe(
      '<a href="https://a.example/">a</a> <a href="http://b.example/">b</a> <a href="mailto:c@example.com">c</a>',
    );
    expect(renderInlineMarkdown('[d](/concepts/security/) [e](#top) [f](../x/)')).toBe(
      '<a href="/concepts/security/">d</a> <a href="#top">e</a> <a href="../x/">f</a>',
    );
  });

  it('drops images, so no page loads an image from another host', () => {
    expect(renderInlineMarkdown('a ![logo](https://cdn.example/logo.png) b')).toBe('a  b');
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
    expect(html).toMatch(/<input type="checkbox" checked disabled>|<input checked disabled type="checkbox">/);
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
