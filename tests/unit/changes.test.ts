import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { atomFeed } from '../../src/lib/atom-feed.ts';
import { groupByWeek, readChanges, weekStart } from '../../src/lib/git-changes.ts';

function commit(cwd: string, file: string, isoDate: string, subject = `Edit ${file}`) {
  writeFileSync(join(cwd, file), `${isoDate}\n`);
  execFileSync('git', ['add', file], { cwd });
  const env = { ...process.env, GIT_AUTHOR_DATE: isoDate, GIT_COMMITTER_DATE: isoDate };
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', subject], { cwd, env });
}

function repoWithHistory(): string {
  const repo = mkdtempSync(join(tmpdir(), 'changes-'));
  execFileSync('git', ['init', '-q'], { cwd: repo });
  mkdirSync(join(repo, 'pages'));
  commit(repo, 'pages/a.md', '2026-01-05T10:00:00Z', 'Write page a');
  commit(repo, 'pages/b.md', '2026-01-07T10:00:00Z', 'Write page b');
  commit(repo, 'outside.md', '2026-01-08T10:00:00Z');
  commit(repo, 'pages/a.md', '2026-01-12T10:00:00Z', 'Fix a typo in a');
  return repo;
}

describe('change log from git', () => {
  it('lists the commits that touched the folder, newest first, with their files', () => {
    const { changes, shallow } = readChanges('pages', 100, repoWithHistory());
    expect(shallow).toBe(false);
    expect(changes.map((c) => [c.date.toISOString(), c.subject, c.files])).toEqual([
      ['2026-01-12T10:00:00.000Z', 'Fix a typo in a', ['pages/a.md']],
      ['2026-01-07T10:00:00.000Z', 'Write page b', ['pages/b.md']],
      ['2026-01-05T10:00:00.000Z', 'Write page a', ['pages/a.md']],
    ]);
    expect(readChanges('pages', 2, repoWithHistory()).changes).toHaveLength(2);
  });

  it('detects a shallow clone and drops its boundary commit, which would claim every file', () => {
    const origin = repoWithHistory();
    const clone = mkdtempSync(join(tmpdir(), 'shallow-'));
    execFileSync('git', ['clone', '-q', '--depth', '2', `file://${origin}`, clone]);
    const { changes, shallow } = readChanges('pages', 100, clone);
    expect(shallow).toBe(true);
    // Depth 2 holds "Fix a typo in a" and the boundary commit (outside.md, which shows every file as added).
    expect(changes.map((c) => c.subject)).toEqual(['Fix a typo in a']);
  });

  it('is empty outside a git checkout', () => {
    expect(readChanges('pages', 100, mkdtempSync(join(tmpdir(), 'no-git-')))).toEqual({
      changes: [],
      shallow: false,
    });
  });

  it('groups by ISO week, Monday to Sunday in UTC', () => {
    expect(weekStart(new Date('2026-01-11T23:59:59Z')).toISOString()).toBe('2026-01-05T00:00:00.000Z');
    expect(weekStart(new Date('2026-01-12T00:00:00Z')).toISOString()).toBe('2026-01-12T00:00:00.000Z');
    const { changes } = readChanges('pages', 100, repoWithHistory());
    expect(groupByWeek(changes).map((g) => [g.week.toISOString().slice(0, 10), g.changes.length])).toEqual([
      ['2026-01-12', 1],
      ['2026-01-05', 2],
    ]);
  });
});

describe('Atom feed', () => {
  it('has the elements RFC 4287 requires and escapes text', () => {
    const xml = atomFeed({
      self: 'https://h.example/changes.xml',
      alternate: 'https://h.example/changes/',
      title: 'Changes',
      author: 'Handbook',
      entries: [
        {
          id: 'https://h.example/changes/#change-abc1234',
          title: 'Use <kbd> & "quotes"',
          updated: new Date('2026-01-12T10:00:00Z'),
          link: 'https://h.example/changes/#change-abc1234',
          html: '<ul><li><a href="https://h.example/a/">A</a></li></ul>',
        },
      ],
    });
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(xml).toContain('<id>https://h.example/changes/</id>');
    expect(xml).toContain('<updated>2026-01-12T10:00:00.000Z</updated>');
    expect(xml).toContain(
      '<link rel="self" type="application/atom+xml" href="https://h.example/changes.xml"/>',
    );
    expect(xml).toContain('<title>Use &#60;kbd&#62; &#38; &#34;quotes&#34;</title>');
    expect(xml).toContain(
      '<content type="html">&#60;ul&#62;&#60;li&#62;&#60;a href=&#34;https://h.example/a/&#34;',
    );
  });
});
