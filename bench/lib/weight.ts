import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ImportType, initSync, parse, type ImportSpecifier } from 'es-module-lexer';
import { parse as parse5, type DefaultTreeAdapterTypes } from 'parse5';

/**
 * First-view page weight, read from a built site's `dist/` folder without a
 * browser, so the figure is deterministic and the budget test can assert it.
 *
 * "First view" means what a browser fetches to render the page with search
 * not opened: the HTML, every stylesheet it links, every script it loads
 * (`<script src>`, `<link rel="modulepreload">`, the `component-url` and
 * `renderer-url` of Astro islands) and, recursively, the static `import`s of
 * those scripts. Dynamic `import()`s are not followed: they load on demand
 * (Starlight's Pagefind UI is imported that way when the browser is idle, on
 * our site and on the plain baseline alike). A browser runs scripts, so
 * stylesheets inside `<noscript>` are not fetched and not counted.
 *
 * The HTML is parsed with parse5 (as a browser parses it, scripting on) and
 * each script's imports with es-module-lexer. Inline `<script>` and `<style>`
 * bodies are counted as JS and CSS, not HTML, so the three columns add up to
 * the page's total. Gzip uses zlib's default level (6), what most static
 * hosts use on the fly.
 */

/** Raw and gzip bytes of one kind of resource. */
export interface Bytes {
  /** Uncompressed bytes. */
  raw: number;
  /** Bytes after gzip (zlib level 6), summed per file; inline parts are gzipped together. */
  gzip: number;
}

/** First-view weight of one page, in bytes. */
export interface PageWeight {
  /** Site path, e.g. `/concepts/apis/`. */
  path: string;
  /** The HTML document, without the bodies of its inline scripts and styles. */
  html: Bytes;
  /** Linked stylesheets plus inline `<style>`. */
  css: Bytes;
  /** Scripts (and their static imports) plus inline `<script>`. */
  js: Bytes;
  /** Sum of the three. */
  total: Bytes;
  /** Site paths of the external JS files counted, in load order. */
  jsFiles: string[];
  /** Site paths of the external CSS files counted. */
  cssFiles: string[];
  /** JS files counted that contain Redoc (see {@link isRedocSource}). */
  redocFiles: string[];
}

const gz = (s: string | Buffer): number => gzipSync(s).length;
const bytes = (s: string | Buffer): number => (typeof s === 'string' ? Buffer.byteLength(s) : s.length);

/** True when a JS file's source is (part of) Redoc or its runtime (styled-components, MobX). */
export function isRedocSource(source: string): boolean {
  return /redoc|styled-components|\[mobx\]/i.test(source);
}

/** The `dist/` file that serves a site path: `/a/b/` → `dist/a/b/index.html`, `/404.html` as is. */
export function htmlFileFor(distDir: string, path: string): string {
  return path.endsWith('.html') ? join(distDir, path) : join(distDir, path, 'index.html');
}

/** Every page of a built site as a site path (`/`, `/roles/backend/`, `/404.html`), sorted. */
export function allPagePaths(distDir: string): string[] {
  const out: string[] = [];
  const walk = (dir: string, prefix: string): void => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(full, `${prefix}${name}/`);
      } else if (name === 'index.html') out.push(prefix);
      else if (name.endsWith('.html')) out.push(prefix + name);
    }
  };
  walk(distDir, '/');
  return out.sort();
}

/** Elements whose attributes and bodies {@link measurePage} reads. */
interface Found {
  /** Inline script and style bodies: offsets into the HTML source, to cut from the HTML's count. */
  cut: Array<{ start: number; end: number }>;
  inlineJs: string[];
  inlineCss: string[];
  cssFiles: string[];
  jsRoots: string[];
}

/** The value of an attribute (entities decoded by parse5), or undefined. */
const attr = (el: DefaultTreeAdapterTypes.Element, name: string): string | undefined =>
  el.attrs.find((a) => a.name === name)?.value;

/**
 * Walks the parsed document and collects what a first view loads. parse5
 * parses as a browser with scripting on does, so markup inside attribute
 * values (Expressive Code keeps a code block's text in `data-code`),
 * comments and `<noscript>` (raw text when scripts run) is never read as
 * elements.
 */
function collect(html: string, node: DefaultTreeAdapterTypes.ParentNode, found: Found): void {
  for (const child of node.childNodes) {
    if (!('tagName' in child)) continue;
    const name = child.tagName;
    const loc = child.sourceCodeLocation;
    const body =
      loc?.startTag && loc.endTag
        ? { start: loc.startTag.endOffset, end: loc.endTag.startOffset }
        : undefined;
    if (name === 'style' && body) {
      found.inlineCss.push(html.slice(body.start, body.end));
      found.cut.push(body);
    } else if (name === 'script') {
      const src = attr(child, 'src');
      const type = attr(child, 'type');
      if (src) found.jsRoots.push(src);
      else if ((!type || /module|javascript/i.test(type)) && body) {
        found.inlineJs.push(html.slice(body.start, body.end));
        found.cut.push(body);
      }
    } else if (name === 'link') {
      const rel = (attr(child, 'rel') ?? '').toLowerCase().split(/\s+/);
      const href = attr(child, 'href');
      if (href && rel.includes('stylesheet')) found.cssFiles.push(href);
      else if (href && rel.includes('modulepreload')) found.jsRoots.push(href);
    } else if (name === 'astro-island') {
      for (const key of ['component-url', 'renderer-url', 'before-hydration-url']) {
        const url = attr(child, key);
        if (url) found.jsRoots.push(url);
      }
    }
    collect(html, child, found);
  }
}

/**
 * Static import specifiers of an ES module (`import "./a.js"`, `import { a } from "./b.js"`,
 * `export * from "./c.js"`), read by es-module-lexer; not `import()` or
 * `import.meta`, and nothing inside strings or comments.
 *
 * @param file Named in the error when the source is not valid JavaScript.
 * @throws Error naming `file` when es-module-lexer cannot parse the source.
 */
export function staticImports(source: string, file = '(source)'): string[] {
  initSync();
  let imports: readonly ImportSpecifier[];
  try {
    [imports] = parse(source, file);
  } catch (error) {
    throw new Error(
      `${file} is not a JavaScript module es-module-lexer can read: ${(error as Error).message}`,
      {
        cause: error,
      },
    );
  }
  return imports.filter((i) => i.t === ImportType.Static && i.n !== undefined).map((i) => i.n!);
}

/**
 * Measures one page's first-view weight.
 *
 * @param distDir the built site (`dist/`).
 * @param path a site path such as `/` or `/concepts/apis/`.
 * @throws Error naming the file when the page or a resource it references is missing from `dist/`.
 */
export function measurePage(distDir: string, path: string): PageWeight {
  const file = htmlFileFor(distDir, path);
  if (!existsSync(file)) throw new Error(`No page at ${path}: ${file} does not exist. Build the site first.`);
  const html = readFileSync(file, 'utf8');

  const found: Found = { cut: [], inlineJs: [], inlineCss: [], cssFiles: [], jsRoots: [] };
  collect(html, parse5(html, { sourceCodeLocationInfo: true }), found);
  const { inlineJs, inlineCss, cssFiles, jsRoots } = found;
  let stripped = '';
  let at = 0;
  for (const { start, end } of found.cut.sort((a, b) => a.start - b.start)) {
    stripped += html.slice(at, start);
    at = end;
  }
  stripped += html.slice(at);

  const local = (url: string, from: string): string | undefined => {
    if (/^[a-z]+:|^\/\//i.test(url)) return undefined; // another host: the privacy tests forbid it
    return posix.normalize(url.startsWith('/') ? url : posix.join(posix.dirname(from), url)).split(/[?#]/)[0];
  };
  const read = (sitePath: string): Buffer => {
    const f = join(distDir, sitePath);
    if (!existsSync(f)) throw new Error(`${path} references ${sitePath}, which is not in ${distDir}.`);
    return readFileSync(f);
  };

  const jsFiles: string[] = [];
  const seen = new Set<string>();
  const redocFiles: string[] = [];
  const js = { raw: 0, gzip: 0 };
  const queue = jsRoots.map((u) => local(u, path)).filter((u): u is string => !!u);
  while (queue.length > 0) {
    const p = queue.shift()!;
    if (seen.has(p)) continue;
    seen.add(p);
    const buf = read(p);
    const src = buf.toString('utf8');
    jsFiles.push(p);
    js.raw += buf.length;
    js.gzip += gz(buf);
    if (isRedocSource(src)) redocFiles.push(p);
    for (const spec of staticImports(src, p)) {
      const next = local(spec, p);
      if (next && !seen.has(next)) queue.push(next);
    }
  }
  if (inlineJs.length > 0) {
    const joined = inlineJs.join('\n');
    js.raw += bytes(joined);
    js.gzip += gz(joined);
    if (isRedocSource(joined)) redocFiles.push(`${path} (inline script)`);
  }

  const css = { raw: 0, gzip: 0 };
  const cssSeen = [...new Set(cssFiles.map((u) => local(u, path)).filter((u): u is string => !!u))];
  for (const p of cssSeen) {
    const buf = read(p);
    css.raw += buf.length;
    css.gzip += gz(buf);
  }
  if (inlineCss.length > 0) {
    const joined = inlineCss.join('\n');
    css.raw += bytes(joined);
    css.gzip += gz(joined);
  }

  const htmlBytes = { raw: bytes(stripped), gzip: gz(stripped) };
  return {
    path,
    html: htmlBytes,
    css,
    js,
    total: { raw: htmlBytes.raw + css.raw + js.raw, gzip: htmlBytes.gzip + css.gzip + js.gzip },
    jsFiles,
    cssFiles: cssSeen,
    redocFiles,
  };
}
