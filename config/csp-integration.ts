import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPage, type PageReader } from './html-stream.ts';
import {
  renderHeadersFile,
  renderNginxCspMap,
  renderNginxHeaders,
  type PageInlines,
} from './security-headers.ts';

/** `<script type>` values that browsers execute; anything else (JSON, JSON-LD) is a data block CSP does not govern. */
const SCRIPT_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** A CSP hash source of `text`, UTF-8 encoded: `'sha256-<base64>'` (CSP3 §8.4). */
export function cspHash(text: string): string {
  let hash = hashes.get(text);
  if (!hash) {
    hash = `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
    hashes.set(text, hash);
  }
  return hash;
}

/** Hashes by text: every page repeats the same scripts and most of the same `style` attributes. */
const hashes = new Map<string, string>();

/**
 * What one HTML document inlines, as CSP hash sources: inline `<script>`s
 * that run (whatever put them there: Astro, Starlight's `is:inline` scripts,
 * our components), `<style>` elements, and `style` attribute values (hashed
 * after entity decoding, as browsers do); and whether it holds an API
 * reference, whose styles are written at run time (`runtimeStyles`).
 *
 * Throws when the page has an inline event handler (`onclick=…`) or a
 * `javascript:` URL: the strict policy blocks them, so the build stops with
 * the file and the attribute instead of shipping a broken page.
 *
 * Reads the page with htmlparser2's streaming parser ({@link readPage}):
 * building parse5's whole tree of every page took 3 to 4 s of a 1,000-page
 * build, streaming takes a quarter of that.
 */
export function collectInlines(html: string, file: string): PageInlines {
  const inlines = inlinesReader(file);
  readPage(html, [inlines]);
  return inlines.result();
}

/** {@link collectInlines} as a step of a pass over the page ({@link readPage}): read, then take the `result()`. */
export function inlinesReader(file: string): PageReader & { result(): PageInlines } {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const attrs = new Set<string>();
  let runtimeStyles = false;
  /** The raw-text element being read (`<script>` that runs, or `<style>`), and its text so far. */
  let open: { set: Set<string>; text: string } | undefined;
  return {
    onopentag(name, attributes) {
      for (const [attr, value] of Object.entries(attributes)) {
        if (attr === 'style') attrs.add(cspHash(value));
        const jsUrl = /^(href|src|action|formaction)$/.test(attr) && /^\s*javascript:/i.test(value);
        if (/^on[a-z]+$/.test(attr) || jsUrl) {
          throw new Error(
            `${file}: <${name} ${attr}="${value.slice(0, 40)}"> is blocked by the Content-Security-Policy. ` +
              'Move the code into an Astro <script> (addEventListener) instead of an inline handler or javascript: URL.',
          );
        }
      }
      const type = (attributes['type'] ?? '').trim().toLowerCase();
      if (name === 'script' && attributes['src'] === undefined && SCRIPT_TYPES.has(type))
        open = { set: scripts, text: '' };
      else if (name === 'style') open = { set: styles, text: '' };
      if (name === 'api-reference') runtimeStyles = true;
    },
    ontext(text) {
      if (open) open.text += text;
    },
    onclosetag(name) {
      if ((name === 'script' || name === 'style') && open) {
        if (open.text) open.set.add(cspHash(open.text));
        open = undefined;
      }
    },
    result: () => ({
      path: file,
      scriptHashes: [...scripts],
      styleHashes: [...styles],
      styleAttrHashes: [...attrs],
      runtimeStyles,
    }),
  };
}

/**
 * Puts the page's `<meta http-equiv="Content-Security-Policy">` at the top of
 * `<head>` (after `<meta charset>`, which must stay in the first 1024 bytes),
 * so it governs every script and style after it. Throws when the page has no
 * `<head>` tag or already has a policy.
 */
export function withMetaPolicy(html: string, policy: string, file: string): string {
  if (/http-equiv=["']?content-security-policy/i.test(html)) {
    throw new Error(
      `${file}: already has a Content-Security-Policy <meta>; remove it (the build writes one per page).`,
    );
  }
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (!head) throw new Error(`${file}: no <head> tag to put the Content-Security-Policy <meta> in.`);
  const charset = /^\s*<meta charset=["']?[\w-]+["']?\s*\/?>/i.exec(html.slice(head.index + head[0].length));
  const at = head.index + head[0].length + (charset ? charset[0].length : 0);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replaceAll('"', '&quot;')}">`;
  return html.slice(0, at) + meta + html.slice(at);
}

/**
 * Writes the security headers of `config/security-headers.ts` for the hosts
 * that read them from files: `dist/_headers` (Netlify, Cloudflare Pages) and
 * `dist/_nginx/{csp-map,headers}.conf` (`deploy/nginx.conf`). The pages'
 * `<meta>` policies are written by the caller (config/post-build.ts), which
 * has each page in hand.
 *
 * Astro's own `security.csp` is not used: it hashes only what Astro bundles
 * (not Starlight's `is:inline` scripts or `style` attributes), and emits only
 * a `<meta>`, not headers, for a static build.
 *
 * @param root The built site's folder (`dist/`).
 * @param pages What every page inlines ({@link collectInlines}).
 */
export function writeHeaderFiles(root: string, pages: PageInlines[]): void {
  writeFileSync(join(root, '_headers'), renderHeadersFile(pages));
  mkdirSync(join(root, '_nginx'), { recursive: true });
  writeFileSync(join(root, '_nginx', 'csp-map.conf'), renderNginxCspMap(pages));
  writeFileSync(join(root, '_nginx', 'headers.conf'), renderNginxHeaders());
}
