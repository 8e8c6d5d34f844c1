import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { prepareRedocHtml } from '../../src/lib/openapi/redoc-html.ts';

/** The shape of one operation in Redoc 2.5's server-rendered HTML. */
const section = (id: string) =>
  `<div id="${id}" data-section-id="${id}" class="a"><div data-section-id="operation/x" id="operation/x" class="b">` +
  `<div class="middle"><h3 class="d"><a href="#${id}"></a>Create a project</h3>` +
  `<div class="desc"><div class="sc-md"><p>Creates a project.</p></div></div>` +
  `<div class="params"><h5>Path parameters</h5></div></div>` +
  `<div class="right"><div class="endpoint">POST /projects</div><div class="samples">{}</div></div></div></div>`;

const parse = (html: string) => {
  const el = new JSDOM('').window.document.createElement('div');
  el.innerHTML = html;
  return el;
};

describe('prepareRedocHtml', () => {
  it("moves each operation's anchor id from its section to its heading", () => {
    const out = parse(prepareRedocHtml(section('tag/Projects/operation/createProject')));
    expect(out.querySelectorAll('[id="tag/Projects/operation/createProject"]')).toHaveLength(1);
    expect(out.querySelector('h3')?.id).toBe('tag/Projects/operation/createProject');
    expect(out.querySelector('.a')?.getAttribute('data-section-id')).toBe(
      'tag/Projects/operation/createProject',
    );
  });

  it('indexes only the summary, description and endpoint of each operation', () => {
    const out = parse(prepareRedocHtml(section('tag/A/operation/one') + section('tag/B/operation/two')));
    const ignored = [...out.querySelectorAll('[data-pagefind-ignore]')].map((e) => e.className);
    expect(ignored).toEqual(['params', 'samples', 'params', 'samples']);
    expect(out.querySelectorAll('h3[data-pagefind-weight="10"]')).toHaveLength(2);
  });

  it('leaves tag sections alone', () => {
    const tag =
      '<div id="tag/Projects" data-section-id="tag/Projects" class="t"><h2 class="h">Projects</h2></div>';
    expect(prepareRedocHtml(tag)).toBe(tag);
  });

  it('keeps the side menu out of the search index', () => {
    const out = parse(
      prepareRedocHtml('<div class="sc-x menu-content"><ul><li>Create a project</li></ul></div>'),
    );
    expect(out.querySelector('.menu-content')?.hasAttribute('data-pagefind-ignore')).toBe(true);
  });
});
