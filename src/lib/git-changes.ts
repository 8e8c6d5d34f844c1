import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';

/**
 * The handbook's change log, read from git: the commits that touched
 * content/handbook/, for /changes/ and its Atom feed /changes.xml.
 */

/** One commit that changed handbook pages. */
export interface Change {
  /** Full commit hash. */
  hash: string;
  /** Commit (not author) date: when the change reached the branch. */
  date: Date;
  subject: string;
  /** Repository-relative paths of the handbook files the commit touched, sorted. */
  files: string[];
}

/** Field and record separators for `git log --format`: ASCII unit and record separators. */
const FORMAT = '%x1e%H%x1f%cI%x1f%s';

/**
 * Parses `git log --format=<FORMAT> --name-only` output into changes, in
 * the log's order (newest first). Commits listed in `skip` (a shallow
 * clone's boundary commits, whose diff shows every file as added) are left out.
 */
export function parseChangeLog(log: string, skip: ReadonlySet<string> = new Set()): Change[] {
  const changes: Change[] = [];
  for (const record of log.split('\x1e')) {
    const [header = '', ...names] = record.split('\n');
    const [hash, date, subject] = header.split('\x1f');
    if (!hash || !date || subject === undefined || skip.has(hash)) continue;
    const files = names.filter(Boolean).sort();
    if (files.length > 0) changes.push({ hash, date: new Date(date), subject, files });
  }
  return changes;
}

/**
 * The boundary commits of a shallow clone (from `.git/shallow`); empty for a
 * full clone. Their parents are missing, so git reports them as adding every
 * file, which would date every page to the clone's oldest commit.
 */
export function shallowBoundary(cwd = process.cwd()): Set<string> {
  try {
    const path = execFileSync('git', ['rev-parse', '--git-path', 'shallow'], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    const file = isAbsolute(path) ? path : join(cwd, path);
    return existsSync(file) ? new Set(readFileSync(file, 'utf8').split('\n').filter(Boolean)) : new Set();
  } catch {
    return new Set();
  }
}

/** What {@link readChanges} found. */
export interface ChangeLog {
  changes: Change[];
  /** True when the checkout is a shallow clone, so older changes are missing. */
  shallow: boolean;
}

/**
 * The newest `limit` commits that touched `dir`. Merge commits are left
 * out: the commits they bring in are listed themselves.
 *
 * @param dir Folder relative to `cwd`, e.g. `content/handbook`.
 * @returns Newest first; empty outside a git checkout. In a shallow clone
 *   the boundary commits are dropped and `shallow` is set, so that callers
 *   can say the history is incomplete rather than show wrong dates.
 */
export function readChanges(dir: string, limit = 100, cwd = process.cwd()): ChangeLog {
  const boundary = shallowBoundary(cwd);
  let log = '';
  try {
    log = execFileSync(
      'git',
      [
        'log',
        '--no-merges',
        `--format=${FORMAT}`,
        '--name-only',
        '--no-renames',
        `-n${limit + boundary.size}`,
        '--',
        dir,
      ],
      { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] },
    );
  } catch {
    // Not a git checkout: no change log.
  }
  return { changes: parseChangeLog(log, boundary).slice(0, limit), shallow: boundary.size > 0 };
}

/** Monday 00:00 UTC of the ISO week `date` falls in. */
export function weekStart(date: Date): Date {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return day;
}

/** Changes grouped by ISO week (Monday to Sunday, UTC), newest week first, keeping the order within a week. */
export function groupByWeek<T extends Pick<Change, 'date'>>(
  changes: readonly T[],
): { week: Date; changes: T[] }[] {
  const groups: { week: Date; changes: T[] }[] = [];
  for (const change of changes) {
    const week = weekStart(change.date);
    const last = groups.at(-1);
    if (last && last.week.getTime() === week.getTime()) last.changes.push(change);
    else groups.push({ week, changes: [change] });
  }
  return groups;
}

let cached: ChangeLog | undefined;

/**
 * The handbook's last 100 changes, read once per build. Warns in the build
 * log when the checkout is a shallow clone.
 */
export function handbookChanges(): ChangeLog {
  if (!cached) {
    cached = readChanges('content/handbook');
    if (cached.shallow) {
      console.warn(
        '[changes] This is a shallow git clone: /changes/, /changes.xml and "Last updated" dates only see part ' +
          'of the history. Build from a full clone (`git fetch --unshallow`, or `fetch-depth: 0` in CI).',
      );
    }
  }
  return cached;
}
