import { describe, expect, it } from 'vitest';
import { extractRecords } from '../../config/search-index.ts';

/** A built page in the shape our components render (the real markers, not Starlight internals). */
const page = (body: string, extra = '') => `<!doctype html><html><body>
<header><div hidden data-pagefind-ignore>
  <span data-pagefind-filter="kind:checklist"></span>
  <span data-pagefind-filter="section:Checklists"></span>
  <span data-pagefind-filter="role:pm"></span><span data-pagefind-filter="role:qa"></span>${extra}
</div></header>
<main data-pagefind-body><h1>Release readiness</h1>${body}</main></body></html>`;

describe('extractRecords', () => {
  it('makes one record per marked element, linked to its id, with the page’s section and roles', () => {
    const html = page(`<ul>
      <li id="rollback" data-search-record="checklist"><div data-search-title>A <strong>rollback</strong> plan exists.</div>
        <p>Tested on staging.</p><a data-pagefind-ignore>Link</a></li></ul>`);
    const [record, ...rest] = extractRecords(html, '/checklists/release/');
    expect(rest).toEqual([]);
    expect(record).toEqual({
      url: '/checklists/release/#rollback',
      content: 'A rollback plan exists. Tested on staging.',
      language: 'en',
      meta: {
        title: 'A rollback plan exists.',
        kind: 'checklist',
        section: 'Checklists',
        checklist: 'Release readiness',
      },
      filters: { section: ['Checklists'], role: ['pm', 'qa'], kind: ['checklist'] },
    });
  });

  it('takes an API operation’s anchor from its heading and its method and path from the marker', () => {
    const html =
      page(`<div data-search-record="operation" data-search-method="POST" data-search-path="/projects">
      <h3 id="tag/Projects/operation/createProject">Create a project</h3><p>Creates one.</p>
      <div data-pagefind-ignore>Parameters</div></div>`);
    const [record] = extractRecords(html, '/api/projects/');
    expect(record?.url).toBe('/api/projects/#tag/Projects/operation/createProject');
    expect(record?.meta).toMatchObject({
      title: 'Create a project',
      kind: 'operation',
      method: 'POST',
      path: '/projects',
    });
    expect(record?.content).not.toContain('Parameters');
  });

  it('makes a glossary term of each h3 on a page marked data-search-terms, up to the next heading', () => {
    const html = page(
      `<div class="sl-markdown-content">
        <div class="sl-heading-wrapper level-h2"><h2 id="c">C</h2></div>
        <div class="sl-heading-wrapper level-h3"><h3 id="cdn">CDN</h3><a><span data-pagefind-ignore>Section titled CDN</span></a></div>
        <p>Content delivery network.</p><p>Caches files.</p>
        <div class="sl-heading-wrapper level-h3"><h3 id="cors">CORS</h3></div><p>Cross-origin rules.</p>
        <div class="sl-heading-wrapper level-h2"><h2 id="d">D</h2></div><p>Not a definition.</p>
      </div>`,
      '<span data-search-terms></span>',
    );
    const records = extractRecords(html, '/start-here/glossary/');
    expect(records.map((r) => [r.url, r.meta?.['title'], r.filters?.['kind']])).toEqual([
      ['/start-here/glossary/#cdn', 'CDN', ['term']],
      ['/start-here/glossary/#cors', 'CORS', ['term']],
    ]);
    expect(records[0]?.content).toBe('CDN. Content delivery network. Caches files.');
    expect(records[1]?.content).not.toContain('Not a definition');
  });

  it('gives nothing for pages Pagefind does not index, or without markers', () => {
    expect(extractRecords('<main><li id="a" data-search-record="checklist">A</li></main>', '/x/')).toEqual(
      [],
    );
    expect(extractRecords(page('<p>Plain</p>'), '/x/')).toEqual([]);
  });

  it('fails naming the page when a record has no anchor or no title', () => {
    expect(() => extractRecords(page('<li data-search-record="checklist">A</li>'), '/c/')).toThrow(
      /\/c\/: the li marked data-search-record="checklist" has no id/,
    );
    expect(() => extractRecords(page('<li id="a" data-search-record="checklist">A</li>'), '/c/')).toThrow(
      /#a\) has no title/,
    );
  });
});
