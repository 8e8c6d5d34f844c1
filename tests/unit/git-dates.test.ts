import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGitDates } from '../../src/lib/git-dates.ts';

function commit(cwd: string, file: string, isoDate: string) {
  writeFileSync(join(cwd, file), isoDate);
  execFileSync('git', ['add', file], { cwd });
  const env = { ...process.env, GIT_AUTHOR_DATE: isoDate, GIT_COMMITTER_DATE: isoDate };
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', file], { cwd, env });
}

describe('readGitDates', () => {
  it('gives each file the date of the newest commit that touched it', () => {
    const repo = mkdtempSync(join(tmpdir(), 'git-dates-'));
    execFileSync('git', ['init', '-q'], { cwd: repo });
    mkdirSync(join(repo, 'pages'));
    commit(repo, 'pages/a.md', '2026-01-02T03:04:05Z');
    commit(repo, 'pages/b.md', '2026-02-01T00:00:00Z');
    commit(repo, 'pages/a.md', '2026-03-01T00:00:00Z');
    commit(repo, 'outside.md', '2026-04-01T00:00:00Z');

    const dates = readGitDates('pages', repo);
    expect(Object.fromEntries([...dates].map(([k, v]) => [k, v.toISOString()]))).toEqual({
      'pages/a.md': '2026-03-01T00:00:00.000Z',
      'pages/b.md': '2026-02-01T00:00:00.000Z',
    });
  });

  it('returns an empty map outside a git checkout', () => {
    expect(readGitDates('pages', mkdtempSync(join(tmpdir(), 'no-git-'))).size).toBe(0);
  });
});
