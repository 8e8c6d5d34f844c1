import { describe, expect, it } from 'vitest';
import { sidebar } from '../../config/sidebar.ts';
import { kindFor, searchFilters, sectionFor } from '../../src/lib/search/facets.ts';
import {
  MAX_QUERY_LENGTH,
  pagefindFilters,
  parseSearchState,
  searchStateToQuery,
} from '../../src/lib/search/query-state.ts';

describe('parseSearchState', () => {
  it('reads the query and known filters, ignoring unknown and empty parameters', () => {
    const state = parseSearchState(new URLSearchParams('q=%20rollback%20&kind=checklist&role=&utm=x'));
    expect(state).toEqual({ q: 'rollback', filters: { kind: 'checklist' } });
  });

  it('drops a filter value the site does not have', () => {
    const allowed = { kind: new Set(['page', 'checklist']) };
    expect(parseSearchState(new URLSearchParams('q=a&kind=nonsense'), allowed).filters).toEqual({});
    expect(parseSearchState(new URLSearchParams('q=a&kind=page'), allowed).filters).toEqual({ kind: 'page' });
  });

  it('cuts an over-long query', () => {
    const q = 'x'.repeat(MAX_QUERY_LENGTH + 50);
    expect(parseSearchState(new URLSearchParams({ q })).q).toHaveLength(MAX_QUERY_LENGTH);
  });
});

describe('searchStateToQuery', () => {
  it('round-trips through parseSearchState, in a stable order', () => {
    const state = { q: 'rollback plan', filters: { role: 'pm', kind: 'checklist' } };
    const query = searchStateToQuery(state);
    expect(query).toBe('q=rollback+plan&kind=checklist&role=pm');
    expect(parseSearchState(new URLSearchParams(query))).toEqual(state);
  });

  it('leaves out empty values and gives an empty string for an empty search', () => {
    expect(searchStateToQuery({ q: ' ', filters: { kind: '' } })).toBe('');
    expect(searchStateToQuery({ q: '', filters: { section: 'Start here' } })).toBe('section=Start+here');
  });
});

describe('pagefindFilters', () => {
  it('passes only the chosen filters', () => {
    expect(pagefindFilters({ q: 'a', filters: { kind: 'term', role: '' } })).toEqual({ kind: 'term' });
  });
});

describe('sectionFor', () => {
  it('finds the sidebar group listing a page, with or without the trailing slash', () => {
    const [group] = sidebar.filter((g) => 'items' in g);
    const slug = (group as { items: Array<{ slug: string }> }).items[0]!.slug;
    expect(sectionFor(`/${slug}/`, sidebar)).toBe(group!.label);
    expect(sectionFor(`/${slug}`, sidebar)).toBe(group!.label);
  });

  it('puts pages under a link group by path prefix, and others in no section', () => {
    const links = [{ label: 'Checklists', link: '/checklists/' }];
    expect(sectionFor('/checklists/security-review/', links)).toBe('Checklists');
    expect(sectionFor('/checklists/', links)).toBe('Checklists');
    expect(sectionFor('/checklistsx/', links)).toBeUndefined();
    expect(sectionFor('/', sidebar)).toBeUndefined();
  });
});

describe('kindFor', () => {
  it('tells checklists, comparisons and API pages from handbook pages by URL', () => {
    expect(kindFor('/checklists/security-review/')).toBe('checklist');
    expect(kindFor('/checklists/')).toBe('page');
    expect(kindFor('/comparisons/backend-stacks/')).toBe('comparison');
    expect(kindFor('/api/projects/')).toBe('operation');
    expect(kindFor('/roles/backend/')).toBe('page');
  });
});

describe('searchFilters', () => {
  it('offers every sidebar group as a section and every role', () => {
    const filters = searchFilters(sidebar, { pm: 'Product manager' });
    expect(filters.section.options.map((o) => o.value)).toEqual(sidebar.map((g) => g.label));
    expect(filters.role.options).toEqual([{ value: 'pm', label: 'Product manager' }]);
    expect(filters.kind.options.map((o) => o.value)).toContain('term');
  });
});
