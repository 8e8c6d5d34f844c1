import { describe, expect, it } from 'vitest';
import { prepareRedocHtml } from '../../src/lib/openapi/redoc-html.ts';

const section = (id: string) =>
  `<div id="${id}" data-section-id="${id}" class="a"><div data-section-id="operation/x" id="operation/x" class="b">` +
  `<div class="c"><h3 class="d"><a href="#${id}"></a>Create a project</h3><p>Body</p></div></div></div>`;

describe('prepareRedocHtml', () => {
  it("moves each operation's anchor id from its section to its heading", () => {
    const out = prepareRedocHtml(section('tag/Projects/operation/createProject'));
    expect(out).toContain('<div data-section-id="tag/Projects/operation/createProject" class="a">');
    expect(out).toContain('<h3 id="tag/Projects/operation/createProject" class="d">');
    expect(out.match(/ id="tag\/Projects\/operation\/createProject"/g)).toHaveLength(1);
  });

  it('handles every operation on the page, tagged or not', () => {
    const out = prepareRedocHtml(section('tag/A/operation/one') + section('operation/two'));
    expect(out).toContain('<h3 id="tag/A/operation/one"');
    expect(out).toContain('<h3 id="operation/two"');
  });

  it('leaves tag sections and other ids alone', () => {
    const tag = '<div id="tag/Projects" data-section-id="tag/Projects" class="t"><h2 class="h">Projects</h2></div>';
    expect(prepareRedocHtml(tag)).toBe(tag);
  });

  it('keeps the side menu out of the search index', () => {
    const out = prepareRedocHtml('<div class="sc-x y menu-content" style="top:0px">');
    expect(out).toBe('<div data-pagefind-ignore class="sc-x y menu-content" style="top:0px">');
  });
});
