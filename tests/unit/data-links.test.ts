import { describe, expect, it } from 'vitest';
import { internalLinks, linkPath, markdownLinks } from '../../src/lib/data-links.ts';

describe('internalLinks', () => {
  it('finds root-relative Markdown links and href fields, with their field path', () => {
    const data = {
      sections: [
        {
          items: [
            {
              text: 'See [security](/concepts/security/#csp) and [MDN](https://developer.mozilla.org/)',
              links: [
                { label: 'A', href: '/roles/backend/' },
                { label: 'B', href: 'https://example.com/' },
              ],
            },
          ],
        },
      ],
      summary: 'A [ref link][r] and `[code](/not/a/link/)`.\n\n[r]: /choosing/',
    };
    expect(internalLinks(data)).toEqual([
      { field: 'sections.0.items.0.text', href: '/concepts/security/#csp' },
      { field: 'sections.0.items.0.links.0.href', href: '/roles/backend/' },
      { field: 'summary', href: '/choosing/' },
    ]);
  });

  it('ignores protocol-relative links, numbers and empty documents', () => {
    expect(markdownLinks('[x](//cdn.example/)')).toEqual([]);
    expect(internalLinks({ href: '//cdn.example/', n: 3, none: null })).toEqual([]);
    expect(internalLinks(null)).toEqual([]);
    expect(internalLinks('[a](/a/)')).toEqual([{ field: '(root)', href: '/a/' }]);
  });
});

describe('linkPath', () => {
  it('drops the fragment and query', () => {
    expect(linkPath('/concepts/security/#csp')).toBe('/concepts/security/');
    expect(linkPath('/search/?q=x')).toBe('/search/');
  });
});
