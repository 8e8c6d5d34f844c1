import { describe, expect, it } from 'vitest';
import { exactTitleFirst, safeExcerpt, shapeResult } from '../../src/lib/search/results.ts';

describe('shapeResult', () => {
  it('shapes an API operation record: kind label, section, method and path', () => {
    const hit = shapeResult({
      url: '/api/projects/#tag/Projects/operation/createProject',
      excerpt: 'Create a <mark>project</mark>',
      meta: {
        title: 'Create a project',
        kind: 'operation',
        section: 'API reference',
        method: 'post',
        path: '/projects',
      },
    });
    expect(hit).toEqual({
      url: '/api/projects/#tag/Projects/operation/createProject',
      title: 'Create a project',
      excerpt: 'Create a <mark>project</mark>',
      kind: 'operation',
      kindLabel: 'API operation',
      section: 'API reference',
      method: 'POST',
      path: '/projects',
    });
  });

  it('keeps a checklist item’s checklist title', () => {
    const hit = shapeResult({
      url: '/checklists/x/#a',
      excerpt: '',
      meta: { title: 'A', kind: 'checklist', checklist: 'X' },
    });
    expect(hit.checklist).toBe('X');
    expect(hit.kindLabel).toBe('Checklist');
  });

  it('treats a missing or unknown kind as a handbook page and falls back to the URL as title', () => {
    const hit = shapeResult({ url: '/a/', excerpt: '', meta: { kind: 'nonsense' } });
    expect(hit).toMatchObject({ kind: 'page', kindLabel: 'Handbook page', title: '/a/' });
  });

  it('strips the trailing slash before the anchor when asked', () => {
    expect(shapeResult({ url: '/a/b/#c', excerpt: '', meta: {} }, true).url).toBe('/a/b#c');
  });
});

describe('safeExcerpt', () => {
  it('keeps text and mark elements only', () => {
    expect(safeExcerpt('a <mark>b</mark> <img src=x onerror=alert(1)> &lt;c&gt;')).toBe(
      'a <mark>b</mark>  &lt;c&gt;',
    );
  });
});

describe('exactTitleFirst', () => {
  const hits = [{ title: 'Idempotency keys in practice' }, { title: 'Retries' }, { title: ' Idempotency ' }];

  it('moves exact title matches to the front, ignoring case and spacing, keeping the rest in order', () => {
    expect(exactTitleFirst(hits, 'idempotency').map((h) => h.title)).toEqual([
      ' Idempotency ',
      'Idempotency keys in practice',
      'Retries',
    ]);
  });

  it('keeps the order when nothing matches exactly or the query is empty', () => {
    expect(exactTitleFirst(hits, 'retry')).toEqual(hits);
    expect(exactTitleFirst(hits, '')).toEqual(hits);
  });
});
