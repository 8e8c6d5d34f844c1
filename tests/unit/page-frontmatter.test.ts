import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildFixture } from './build-fixture.ts';
import { docsSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';
import {
  DESCRIPTION_MAX,
  DESCRIPTION_MIN,
  pageFrontmatterSchema,
} from '../../src/schemas/page-frontmatter.ts';

/** The docs collection's schema exactly as src/content.config.ts builds it: Starlight's fields plus ours. */
const pageSchema = docsSchema({ extend: pageFrontmatterSchema })({
  image: () => z.string(),
} as unknown as Parameters<ReturnType<typeof docsSchema>>[0]);

describe('page frontmatter schema', () => {
  it('accepts a description and known roles', () => {
    const parsed = pageFrontmatterSchema.parse({
      description: 'How the backend team turns inputs into shipped APIs.',
      roles: ['backend', 'pm'],
    });
    expect(parsed.roles).toEqual(['backend', 'pm']);
  });

  it('asks for a description when it is missing', () => {
    const result = pageFrontmatterSchema.safeParse({});
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['description']);
    expect(result.error?.issues[0]?.message).toMatch(/Add a one-sentence `description`/);
  });

  it('rejects a role the handbook does not define', () => {
    const result = pageFrontmatterSchema.safeParse({
      description: 'A page written for a role that does not exist.',
      roles: ['wizard'],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['roles', 0]);
  });
});

describe('upkeep fields', () => {
  const page = { description: 'How the backend team turns inputs into shipped APIs.' };

  it('reads a YAML date or a date string as a date, and an optional interval', () => {
    const parsed = pageFrontmatterSchema.parse({
      ...page,
      owner: 'platform',
      lastReviewed: '2026-11-21',
      reviewEvery: 12,
    });
    expect(parsed.lastReviewed?.toISOString()).toBe('2026-11-21T00:00:00.000Z');
    expect(parsed.reviewEvery).toBe(12);
  });

  it('rejects an unknown owner, listing the teams', () => {
    const result = pageFrontmatterSchema.safeParse({ ...page, owner: 'wizards', lastReviewed: '2026-11-21' });
    expect(result.error?.issues[0]?.path).toEqual(['owner']);
    expect(result.error?.issues[0]?.message).toMatch(/Unknown owner "wizards".*backend-guild/);
  });

  it('rejects a review date in the future, or one that is not a date', () => {
    const future = pageFrontmatterSchema.safeParse({
      ...page,
      owner: 'platform',
      lastReviewed: '2999-01-01',
    });
    expect(future.error?.issues[0]?.message).toMatch(/2999-01-01\) is in the future/);
    const junk = pageFrontmatterSchema.safeParse({ ...page, owner: 'platform', lastReviewed: 'last week' });
    expect(junk.error?.issues[0]?.message).toMatch(/must be a date written YYYY-MM-DD/);
  });

  it('rejects an interval that is not a whole number of months', () => {
    const result = pageFrontmatterSchema.safeParse({ ...page, reviewEvery: 1.5 });
    expect(result.error?.issues[0]?.path).toEqual(['reviewEvery']);
  });
});

describe('a handbook page with an unknown owner', () => {
  it('fails the build naming the file and the valid teams', async () => {
    const error = await buildFixture('bad-owner');
    expect(error, 'the build should have failed').toBeDefined();
    expect(error!.message).toMatch(/Unknown owner "wizards-guild"/);
    expect(error!.message).toMatch(/handbook-maintainers, delivery-leads, frontend-guild, backend-guild/);
    expect(`${error!.message} ${error!.loc?.file ?? ''}`).toMatch(/unknown-owner\.md/);
  }, 60_000);
});

describe('a handbook page without a review date', () => {
  it('fails the build naming the file, the field and the fix', async () => {
    const error = await buildFixture('missing-review');
    expect(error, 'the build should have failed').toBeDefined();
    expect(error!.message).toMatch(/content\/handbook\/never-reviewed\.md: missing `lastReviewed`/);
    expect(error!.message).toMatch(/Add `lastReviewed: YYYY-MM-DD` to the frontmatter/);
  }, 60_000);
});

describe('a handbook page with a hero image beside it', () => {
  it('builds with the image bound to its own folder, next to a page without a hero', async () => {
    const error = await buildFixture('hero-image');
    expect(error, 'the build should have succeeded').toBeUndefined();
    const dist = new URL('../fixtures/hero-image/dist/', import.meta.url);
    expect(readFileSync(new URL('index.html', dist), 'utf8')).toMatch(
      /<img[^>]+src="\/_astro\/hero\.[\w-]+\.svg"/,
    );
    expect(readFileSync(new URL('plain/index.html', dist), 'utf8')).toContain('A page without a hero');
  }, 60_000);
});

describe('the merged page schema', () => {
  const description = 'A page whose frontmatter has a misspelt field in it.';

  it("accepts Starlight's own fields", () => {
    expect(pageSchema.safeParse({ title: 'T', description, sidebar: { order: 2 } }).success).toBe(true);
  });

  it('rejects a misspelt field, naming it and the fix', () => {
    const result = pageSchema.safeParse({ title: 'T', description, descripton: 'x' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(
      /^Unknown frontmatter field `descripton`: check its spelling .*add it to src\/schemas\/page-frontmatter\.ts\.$/,
    );
  });

  it('states the description limits it enforces', () => {
    const at = (n: number) => pageFrontmatterSchema.safeParse({ description: 'x'.repeat(n) });
    expect(at(DESCRIPTION_MIN).success).toBe(true);
    expect(at(DESCRIPTION_MAX).success).toBe(true);
    expect(at(DESCRIPTION_MIN - 1).error?.issues[0]?.message).toContain(`at least ${DESCRIPTION_MIN}`);
    expect(at(DESCRIPTION_MAX + 1).error?.issues[0]?.message).toContain(`at most ${DESCRIPTION_MAX}`);
  });
});

describe('a page with broken frontmatter', () => {
  it('fails the build with a message naming the file and the field', async () => {
    const error = await buildFixture('bad-frontmatter');
    expect(error, 'the build should have failed').toBeDefined();
    expect(error!.message).toMatch(/missing-description/);
    expect(error!.message).toMatch(/description/);
    expect(error!.loc?.file).toMatch(/content\/handbook\/missing-description\.md$/);
  }, 60_000);
});
