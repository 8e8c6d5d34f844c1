import { describe, expect, it } from 'vitest';
import { buildFixture } from './build-fixture.ts';
import { pageFrontmatterSchema } from '../../src/schemas/page-frontmatter.ts';

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

describe('a page with broken frontmatter', () => {
  it('fails the build with a message naming the file and the field', async () => {
    const error = await buildFixture('bad-frontmatter');
    expect(error, 'the build should have failed').toBeDefined();
    expect(error!.message).toMatch(/missing-description/);
    expect(error!.message).toMatch(/description/);
    expect(error!.loc?.file).toMatch(/content\/handbook\/missing-description\.md$/);
  }, 60_000);
});
