import { describe, expect, it } from 'vitest';
import { checklistPath, sectionAnchors } from '../../src/lib/checklist-paths.ts';

const titled = (...titles: (string | undefined)[]) => titles.map((title) => ({ title }));

describe('checklistPath', () => {
  it('gives the root-relative page path with a trailing slash', () => {
    expect(checklistPath('security-review')).toBe('/checklists/security-review/');
  });
});

describe('sectionAnchors', () => {
  it('slugs titles as Starlight slugs headings', () => {
    expect(sectionAnchors(titled('Cookies & sessions', 'CI/CD'), new Set())).toEqual([
      'cookies--sessions',
      'cicd',
    ]);
  });

  it('keeps non-ASCII letters instead of giving an empty anchor', () => {
    expect(sectionAnchors(titled('Sécurité', 'Übergabe', 'テスト'), new Set())).toEqual([
      'sécurité',
      'übergabe',
      'テスト',
    ]);
  });

  it('gives repeated titles distinct anchors', () => {
    expect(sectionAnchors(titled('Setup', 'Setup', 'Setup'), new Set())).toEqual([
      'setup',
      'setup-1',
      'setup-2',
    ]);
  });

  it('never reuses an item id, which is the anchor of that item', () => {
    expect(sectionAnchors(titled('One', 'Setup', 'Setup'), new Set(['one', 'setup-1']))).toEqual([
      'one-section',
      'setup',
      'setup-2',
    ]);
  });

  it('numbers a title with nothing to slug, and skips untitled groups', () => {
    expect(sectionAnchors(titled(undefined, '🚀', '!!'), new Set())).toEqual([
      undefined,
      'section-2',
      'section-3',
    ]);
  });
});
