import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { summarise, type Summary } from './stats.ts';

/** A built site's size on disk and the size of its pages' HTML. */
export interface DistStats {
  /** Bytes of every file under dist/. */
  bytes: number;
  files: number;
  /** HTML pages counted below (those `pageFilter` accepts), and how many were read. */
  pages: number;
  sampled: number;
  /** Whole HTML file, raw bytes (inline scripts and styles included), over the sample. */
  htmlRaw: Summary;
  /** The same, gzip level 6. */
  htmlGzip: Summary;
}

/**
 * Measures a dist/ folder. HTML sizes are of whole files, read from an
 * evenly spaced sample of at most `maxSample` of the accepted pages (in path
 * order), so a 5,000-page plain site's gigabytes are not all compressed.
 *
 * @param dist the built site.
 * @param pageFilter which `…/index.html` paths (relative, `/`-separated) count as pages.
 * @throws Error when no page matches.
 */
export function distStats(
  dist: string,
  pageFilter: (relPath: string) => boolean,
  maxSample = 1000,
): DistStats {
  let bytes = 0;
  let files = 0;
  const pages: string[] = [];
  for (const rel of readdirSync(dist, { recursive: true }) as string[]) {
    const st = statSync(join(dist, rel));
    if (!st.isFile()) continue;
    bytes += st.size;
    files += 1;
    const path = rel.split('\\').join('/');
    if (path.endsWith('.html') && pageFilter(path)) pages.push(path);
  }
  if (pages.length === 0) throw new Error(`distStats: no page in ${dist} matches the filter`);
  pages.sort();
  const step = Math.max(1, pages.length / maxSample);
  const sample: string[] = [];
  for (let i = 0; i < pages.length; i += step) sample.push(pages[Math.floor(i)]!);
  const raw: number[] = [];
  const gz: number[] = [];
  for (const p of sample) {
    const buf = readFileSync(join(dist, p));
    raw.push(buf.length);
    gz.push(gzipSync(buf, { level: 6 }).length);
  }
  return {
    bytes,
    files,
    pages: pages.length,
    sampled: sample.length,
    htmlRaw: summarise(raw),
    htmlGzip: summarise(gz),
  };
}
