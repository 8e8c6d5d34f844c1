import { describe, expect, it } from 'vitest';
import { renderOnce } from '../../src/lib/render-once.ts';

describe('renderOnce', () => {
  it('computes once per entry, key and digest', () => {
    let calls = 0;
    const compute = () => ++calls;
    const entry = { collection: 'checklists', id: 'a', digest: 'd1' };
    expect(renderOnce(entry, 'view', compute)).toBe(1);
    expect(renderOnce({ ...entry }, 'view', compute)).toBe(1);
    expect(renderOnce(entry, 'other', compute)).toBe(2);
    expect(renderOnce({ ...entry, collection: 'comparisons' }, 'view', compute)).toBe(3);
    // An edited entry (new digest, as in astro dev) is rendered again, and the old value dropped.
    expect(renderOnce({ ...entry, digest: 'd2' }, 'view', compute)).toBe(4);
    expect(renderOnce(entry, 'view', compute)).toBe(5);
  });

  it('caches nothing when the computation throws', () => {
    const entry = { collection: 'checklists', id: 'bad', digest: 'x' };
    expect(() =>
      renderOnce(entry, 'view', () => {
        throw new Error('block Markdown');
      }),
    ).toThrow('block Markdown');
    expect(renderOnce(entry, 'view', () => 'ok')).toBe('ok');
  });
});
