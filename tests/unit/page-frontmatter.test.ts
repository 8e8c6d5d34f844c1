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
