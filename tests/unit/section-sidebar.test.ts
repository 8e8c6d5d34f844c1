import { describe, expect, it } from 'vitest';
import { sectionSidebar, type SidebarEntry } from '../../src/lib/section-sidebar.ts';

const link = (label: string, href: string, isCurrent = false): SidebarEntry => ({
  type: 'link',
  label,
  href,
  isCurrent,
  badge: undefined,
  attrs: {},
});
const group = (label: string, entries: SidebarEntry[]): SidebarEntry => ({
  type: 'group',
  label,
  entries,
  collapsed: false,
  badge: undefined,
});

/** A sidebar in the handbook's shape: groups, one nested group, top-level links. */
function sidebar(current: string): SidebarEntry[] {
  const l = (label: string, href: string) => link(label, href, href === current);
  return [
    group('Start here', [l('How to use', '/start-here/how-to-use/'), l('Glossary', '/start-here/glossary/')]),
    group('Workflow', [
      l('Overview', '/workflow/'),
      group('Stages', [l('Planning', '/workflow/planning/'), l('Testing', '/workflow/testing/')]),
    ]),
    group('Empty', []),
    l('Checklists', '/checklists/'),
  ];
}

describe('sectionSidebar', () => {
  it('keeps the current section in full and turns the others into links to their first page', () => {
    const input = sidebar('/workflow/testing/');
    expect(sectionSidebar(input)).toEqual([
      {
        type: 'link',
        label: 'Start here',
        href: '/start-here/how-to-use/',
        isCurrent: false,
        badge: undefined,
        attrs: { 'data-section': '' },
      },
      input[1], // holds the current page in a nested group: kept whole
      input[2], // no link to point at: kept
      input[3],
    ]);
  });

  it('links a section whose first entry is a group to that group’s first page', () => {
    const input = [group('Outer', [group('Inner', [link('Deep', '/deep/')])]), link('Home', '/', true)];
    expect(sectionSidebar(input)[0]).toMatchObject({ type: 'link', label: 'Outer', href: '/deep/' });
  });

  it('shows every section as a link on a page outside all of them', () => {
    const out = sectionSidebar(sidebar('/checklists/security-review/'));
    expect(out.map((e) => [e.type, e.label])).toEqual([
      ['link', 'Start here'],
      ['link', 'Workflow'],
      ['group', 'Empty'],
      ['link', 'Checklists'],
    ]);
  });

  it('does not change its input', () => {
    const input = sidebar('/start-here/glossary/');
    const copy = structuredClone(input);
    sectionSidebar(input);
    expect(input).toEqual(copy);
  });
});
