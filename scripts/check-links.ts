/**
 * Checks every internal link and #anchor in the built site (dist/) with
 * linkinator: it serves the folder on localhost, follows every same-site link
 * recursively, and checks that each fragment names an element id on the
 * target page. External hosts are not requested (the handbook runs offline
 * and must not depend on other sites). Exits 1 and lists each broken link
 * with the page it is on.
 *
 * Usage: `node scripts/check-links.ts [dir]` (default `dist`), run by
 * `npm run test:links` after `npm run build`.
 */
import { fileURLToPath } from 'node:url';
import { check, LinkState } from 'linkinator';

/** A link that did not resolve: its URL, HTTP status (or 0) and the page that holds it. */
export interface BrokenLink {
  url: string;
  status: number;
  parent: string;
}

/**
 * Crawls a built site folder and returns every broken internal link or anchor.
 *
 * @param dir Folder holding the built HTML, e.g. `dist`.
 */
export async function findBrokenLinks(dir: string): Promise<BrokenLink[]> {
  const result = await check({
    path: dir,
    recurse: true,
    checkFragments: true,
    concurrency: 20,
    linksToSkip: async (link) => {
      const { hostname } = new URL(link);
      return hostname !== 'localhost' && hostname !== '127.0.0.1';
    },
  });
  return result.links
    .filter((link) => link.state === LinkState.BROKEN)
    .map((link) => ({ url: link.url, status: link.status ?? 0, parent: link.parent ?? '' }));
}

/** Shortens `http://localhost:1234/a/b/` to `/a/b/` for messages. */
function localPath(url: string): string {
  return url.replace(/^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?/, '');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? 'dist';
  const broken = await findBrokenLinks(dir);
  if (broken.length === 0) {
    console.log(`Links: every internal link and #anchor in ${dir}/ resolves.`);
  } else {
    for (const link of broken) {
      const what =
        localPath(link.url).includes('#') && link.status === 200 ? 'missing #anchor' : `HTTP ${link.status}`;
      console.error(`Broken link ${localPath(link.url)} (${what}) on ${localPath(link.parent)}`);
    }
    console.error(`${broken.length} broken link(s) in ${dir}/: fix the link or the heading it points at.`);
    process.exitCode = 1;
  }
}
