import { execFileSync } from 'node:child_process';

/**
 * Reads, in one `git log` call, the date of the newest commit that touched
 * each file under `dir`.
 *
 * @param dir Folder relative to `cwd`, e.g. `content/handbook`.
 * @param cwd Repository working directory (default: the process's).
 * @returns Map from repository-relative path (forward slashes, e.g.
 *   `content/handbook/roles/backend.mdx`) to the commit date. Files never
 *   committed are absent. Outside a git checkout the map is empty.
 */
export function readGitDates(dir: string, cwd = process.cwd()): Map<string, Date> {
  const dates = new Map<string, Date>();
  let log: string;
  try {
    log = execFileSync('git', ['log', '--format=t:%ct', '--name-only', '--no-renames', '--', dir], {
      cwd,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return dates;
  }
  let current = 0;
  for (const line of log.split('\n')) {
    if (line.startsWith('t:')) current = Number(line.slice(2)) * 1000;
    // git log lists newest first, so the first date seen for a file wins.
    else if (line && !dates.has(line)) dates.set(line, new Date(current));
  }
  return dates;
}
