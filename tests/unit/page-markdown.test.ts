import { describe, expect, it } from 'vitest';
import {
  htmlToMarkdown,
  htmlToMarkdownConverter,
  markdownDocument,
  sourceToMarkdown,
  topLevelCustomElements,
} from '../../src/lib/page-markdown.ts';

describe('page HTML to Markdown', () => {
  it('turns list items that start with a checkbox into a task list and drops controls', async () => {
    const md = await htmlToMarkdown(
      `<div class="checklist"><div data-pagefind-ignore><button>Copy as Markdown</button></div>
       <ul><li><input type="checkbox"><div>Inputs are <strong>validated</strong></div>
       <a class="checklist-permalink" data-pagefind-ignore href="#x">Link</a></li>
       <li><input type="checkbox"><div>Secrets stay out of git</div></li></ul></div>`,
      'https://h.example',
    );
    expect(md).toBe('- [ ] Inputs are **validated**\n- [ ] Secrets stay out of git\n');
  });

  it('keeps tables as GFM tables, and makes root-relative links absolute', async () => {
    const md = await htmlToMarkdown(
      '<table><thead><tr><th>Option</th><th>Use</th></tr></thead><tbody><tr><td><a href="/a/">A</a></td><td>x</td></tr></tbody></table>',
      'https://h.example',
    );
    const rows = md
      .trimEnd()
      .split('\n')
      .map((line) =>
        line
          .split('|')
          .slice(1, -1)
          .map((cell) => cell.trim()),
      );
    expect(rows).toEqual([
      ['Option', 'Use'],
      [expect.stringMatching(/^-+$/), expect.stringMatching(/^-+$/)],
      ['[A](https://h.example/a/)', 'x'],
    ]);
  });

  it('drops heading anchor links and gives code blocks their language', async () => {
    const md = await htmlToMarkdown(
      `<div class="sl-heading-wrapper"><h2 id="s">Setup</h2><a class="sl-anchor-link" href="#s"><span class="sr-only">Section titled “Setup”</span></a></div>
       <div class="expressive-code"><figure><figcaption><span class="sr-only">Terminal window</span></figcaption><pre data-language="sh"><code><div class="ec-line">npm test</div></code></pre></figure></div>`,
      'https://h.example',
    );
    expect(md).toBe('## Setup\n\n```sh\nnpm test\n```\n');
  });

  it('starts the document with the title, description and source', () => {
    const doc = markdownDocument(
      {
        title: 'T',
        description: 'D',
        url: 'https://h.example/t/',
        ownerName: 'O',
        lastReviewed: '2026-01-01',
      },
      'Body\n',
    );
    expect(doc).toBe(
      '# T\n\n> D\n\nSource: https://h.example/t/ · Owned by O · Last reviewed 2026-01-01\n\nBody\n',
    );
  });
});

describe('htmlToMarkdownConverter', () => {
  const SITE = 'https://h.example';
  // As the components render: a JSON payload, controls, then content.
  const checklist =
    '<check-list data-checklist="release"><script type="application/json">{"title":"a </b> c"}</script>' +
    '<p>Checklist: <a href="/checklists/release/">Release</a></p><div data-pagefind-ignore><button>Copy</button></div>' +
    '<ul><li><input type="checkbox"><div>Tag the <code>release</code></div></li><li><input type="checkbox"><div>Ship</div></li></ul></check-list>';
  const comparison =
    '<comparison-table data-id="stacks"><p>Two options.</p><table><caption>Stacks</caption><thead><tr><th>Option</th><th>Fit</th></tr></thead>' +
    '<tbody><tr><td><a href="/a/">A</a></td><td>5</td></tr></tbody></table></comparison-table>';
  const pages = [
    `<p>Intro.</p>\n${checklist}\n<ul><li>After</li></ul>`,
    `<ul><li>Before</li></ul>${checklist}<h2 id="next">Next</h2>\n\n${comparison}`,
    // A component that starts with a list, after a list: the printer must still keep them apart.
    '<ul><li>a</li></ul><x-list><ul><li>b</li></ul></x-list>',
    // Not at the top level: converted with the page.
    `<ul><li>${checklist}</li></ul><blockquote>${comparison}</blockquote>`,
  ];

  it('prints every page exactly as htmlToMarkdown does, a component shared by pages included', async () => {
    const convert = htmlToMarkdownConverter(SITE);
    for (const html of [...pages, ...pages])
      expect(await convert(html)).toBe(await htmlToMarkdown(html, SITE));
    expect(await convert(pages[0]!)).toContain('- [ ] Tag the `release`');
  });

  it('finds the top-level custom elements, from their start tag to their end tag', () => {
    const html = pages[1]!;
    expect(topLevelCustomElements(html).map(({ start, end }) => html.slice(start, end))).toEqual([
      checklist,
      comparison,
    ]);
    expect(topLevelCustomElements(pages[3]!)).toEqual([]);
    // No end tag: left to the page's own conversion.
    expect(topLevelCustomElements('<p>A</p><check-list><p>B</p>')).toEqual([]);
  });
});

describe('page source to Markdown', () => {
  const SITE = 'https://h.example';

  it('prints plain Markdown as the rendered page converts: asides as title and text, links absolute', () => {
    const md = sourceToMarkdown(
      [
        'See the [API page](/concepts/apis/) and [MDN](https://developer.mozilla.org/).',
        '',
        ':::caution',
        'Never log **tokens**.',
        ':::',
        '',
        ':::tip[Try this]',
        'Run it twice.',
        ':::',
        '',
        '```ts',
        'const x = { a: 1 };',
        '```',
        '',
        '| A | B |',
        '| - | - |',
        '| 1 | 2 |',
      ].join('\n'),
      SITE,
    );
    expect(md).toBe(
      [
        'See the [API page](https://h.example/concepts/apis/) and [MDN](https://developer.mozilla.org/).',
        '',
        'Caution',
        '',
        'Never log **tokens**.',
        '',
        'Try this',
        '',
        'Run it twice.',
        '',
        '```ts',
        'const x = { a: 1 };',
        '```',
        '',
        '| A | B |',
        '| - | - |',
        '| 1 | 2 |',
        '',
      ].join('\n'),
    );
  });

  it('gives the same Markdown as the rendered HTML for the same content', async () => {
    const fromSource = sourceToMarkdown(
      '## Setup\n\nRead [the guide](/guide/) first.\n\n- one\n- two\n',
      SITE,
    );
    const fromHtml = await htmlToMarkdown(
      '<h2 id="setup">Setup</h2><p>Read <a href="/guide/">the guide</a> first.</p><ul><li>one</li><li>two</li></ul>',
      SITE,
    );
    expect(fromSource).toBe(fromHtml);
  });

  it.each([
    ['an import', "import Checklist from '../../src/components/Checklist.astro';\n\nText."],
    ['a component', 'Text.\n\n<Checklist id="release" />\n'],
    ['inline HTML', 'Press <kbd>Ctrl</kbd>.'],
    ['an expression', 'Version {props.version}.'],
    ['a directive that is not an aside', '::youtube[Video]{id=x}'],
  ])('leaves a page with %s to the rendered path', (_what, source) => {
    expect(sourceToMarkdown(source, SITE)).toBeUndefined();
  });
});
