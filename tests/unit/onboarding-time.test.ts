import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findSection, formatDuration, totalMinutes } from '../../src/lib/onboarding-time.ts';
import { checklistSchema } from '../../src/schemas/checklist.ts';

const fixture = {
  id: 'onboarding-test',
  sections: [
    { title: 'Week one', items: [{ minutes: 10 }, { minutes: 50 }, {}] },
    { title: 'Week two', items: [{ minutes: 305 }] },
  ],
};

describe('totalMinutes', () => {
  it('adds up the minutes of every item, in sections or loose', () => {
    expect(totalMinutes(fixture)).toBe(365);
    expect(totalMinutes({ id: 'x', items: [{ minutes: 5 }, { minutes: 7 }] })).toBe(12);
  });

  it('refuses a checklist with no timed item, naming the file', () => {
    expect(() => totalMinutes({ id: 'x', items: [{}] })).toThrow('content/checklists/x.yaml');
  });
});

describe('formatDuration', () => {
  it('rounds to the nearest quarter hour from one hour up', () => {
    expect(formatDuration(1)).toBe('1 minute');
    expect(formatDuration(45)).toBe('45 minutes');
    expect(formatDuration(60)).toBe('1 hour');
    expect(formatDuration(365)).toBe('6 hours');
    expect(formatDuration(455)).toBe('7½ hours');
    expect(formatDuration(470)).toBe('7¾ hours');
    expect(formatDuration(235)).toBe('4 hours');
    expect(formatDuration(80)).toBe('1¼ hours');
  });
});

describe('findSection', () => {
  it('continues the numbering from earlier sections', () => {
    expect(findSection(fixture, 'Week two').start).toBe(4);
    expect(findSection(fixture, 'Week one').start).toBe(1);
  });

  it('lists the real section titles when the title is wrong', () => {
    expect(() => findSection(fixture, 'Week three')).toThrow('"Week one", "Week two"');
  });
});

describe('the onboarding pages', () => {
  const pages = readdirSync('content/handbook/start-here').filter((f) => f.startsWith('onboarding-'));

  it('state their reading time only through <OnboardingTime>, never typed by hand', () => {
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      const source = readFileSync(`content/handbook/start-here/${page}`, 'utf8');
      expect(source, page).toContain('<OnboardingTime checklist=');
      expect(source, page).not.toMatch(/\b(about|roughly) (\w+|\d+) hours\b/);
      expect(source, page).not.toMatch(/\(\d+ minutes/);
    }
  });

  it('have checklists whose reading items carry minutes', () => {
    for (const page of pages) {
      const id = page.replace(/\.mdx$/, '');
      const data = checklistSchema.parse(parse(readFileSync(`content/checklists/${id}.yaml`, 'utf8')));
      expect(totalMinutes(data), id).toBeGreaterThan(60);
    }
  });
});

describe('the checklist schema', () => {
  it('accepts whole positive minutes and rejects anything else', () => {
    const base = {
      id: 'c',
      title: 'C',
      purpose: 'What to read in the first week.',
      audience: ['pm', 'qa'],
      stage: 'testing',
    };
    const withMinutes = (minutes: unknown) => ({
      ...base,
      items: [{ id: 'a', text: 'Read the page.', minutes }],
    });
    expect(checklistSchema.safeParse(withMinutes(30)).success).toBe(true);
    expect(checklistSchema.safeParse(withMinutes(0)).success).toBe(false);
    expect(checklistSchema.safeParse(withMinutes(2.5)).success).toBe(false);
    expect(checklistSchema.safeParse(withMinutes('30')).success).toBe(false);
  });
});
