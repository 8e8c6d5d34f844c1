import { describe, expect, it } from 'vitest';
import { codeownersFile } from '../../src/lib/codeowners.ts';
import { loadHandbookPages, pageUrl, parseHandbookPage } from '../../src/lib/handbook-pages.ts';

describe('CODEOWNERS', () => {
  it('maps each file to its handle, after a fallback for the rest of content/', () => {
    const text = codeownersFile(
      [
        { file: 'content/handbook/roles/backend.mdx', handle: '@o/backend' },
        { file: 'content/handbook/a b#c.mdx', handle: '@o/docs' },
      ],
      '@o/maintainers',
    );
    const rules = text.split('\n').filter((line) => line && !line.startsWith('#'));
    expect(rules.map((line) => line.split(/(?<!\\) +/))).toEqual([
      ['/content/', '@o/maintainers'],
      ['/content/handbook/roles/backend.mdx', '@o/backend'],
      ['/content/handbook/a\\ b\\#c.mdx', '@o/docs'],
    ]);
  });

  it('covers every handbook page with a known team', async () => {
    const { teams } = await import('../../config/teams.ts');
    const pages = loadHandbookPages(new URL('../../', import.meta.url).pathname);
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) expect(Object.keys(teams)).toContain(page.owner);
  });
});

describe('reading handbook pages outside Astro', () => {
  const file = 'content/handbook/roles/backend.mdx';

  it('reads owner, review date and interval, with the default interval', () => {
    const page = parseHandbookPage(
      file,
      '---\ntitle: Backend\ndescription: x\nowner: backend-guild\nlastReviewed: 2026-11-21\n---\nBody',
    );
    expect(page).toMatchObject({
      url: '/roles/backend/',
      title: 'Backend',
      owner: 'backend-guild',
      reviewEvery: 6,
    });
    expect(page.lastReviewed.toISOString()).toBe('2026-11-21T00:00:00.000Z');
  });

  it('names the file, the field and the teams for an unknown owner', () => {
    expect(() =>
      parseHandbookPage(file, '---\ntitle: B\nowner: wizards\nlastReviewed: 2026-11-21\n---\n'),
    ).toThrow(/roles\/backend\.mdx[\s\S]*owner: Unknown owner "wizards"[\s\S]*backend-guild/);
  });

  it('asks for a missing review date and rejects one in the future', () => {
    expect(() => parseHandbookPage(file, '---\ntitle: B\nowner: platform\n---\n')).toThrow(
      /roles\/backend\.mdx: missing `lastReviewed`[\s\S]*YYYY-MM-DD/,
    );
    expect(() =>
      parseHandbookPage(file, '---\ntitle: B\nowner: platform\nlastReviewed: 2999-01-01\n---\n'),
    ).toThrow(/in the future/);
  });

  it('turns file names into page URLs as Starlight does', () => {
    expect(pageUrl('index.mdx')).toBe('/');
    expect(pageUrl('workflow/index.mdx')).toBe('/workflow/');
    expect(pageUrl('roles/backend.md')).toBe('/roles/backend/');
  });
});
