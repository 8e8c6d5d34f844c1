import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findBrokenLinks } from '../../scripts/check-links.ts';

const fixture = fileURLToPath(new URL('../fixtures/broken-links/', import.meta.url));

describe('the link checker', () => {
  it('reports a missing page and a missing #anchor, and nothing that resolves', async () => {
    const broken = await findBrokenLinks(fixture);
    const urls = broken.map((link) => link.url).sort();
    expect(urls).toHaveLength(2);
    expect(urls[0]).toMatch(/\/good\/#absent$/);
    expect(urls[1]).toMatch(/\/missing\/$/);
    expect(broken.every((link) => link.parent !== '')).toBe(true);
  });

  it('does not request external hosts', async () => {
    const broken = await findBrokenLinks(fixture);
    expect(broken.some((link) => link.url.includes('example.com'))).toBe(false);
  });
});
