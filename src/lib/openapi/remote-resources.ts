/**
 * The handbook is internal: no page may request anything from another host
 * (DEVELOPERS.md, "Privacy"). Spec Markdown from third parties often embeds
 * images from a CDN (GitHub's spec shows emoji from github.githubassets.com),
 * which Redoc would render as `<img>` and the reader's browser would fetch.
 * This module rewrites such resources in a bundled spec before it is
 * prerendered, published or handed to Redoc.
 */

/** An absolute URL to another host: `https://…`, `http://…` or protocol-relative `//…`. */
const REMOTE = /^\s*<?\s*(?:[a-z][a-z0-9+.-]*:)?\/\//i;

/** Elements that load what their URL attributes point at. */
const LOADING_ELEMENTS =
  /^(?:img|image|video|audio|source|track|iframe|embed|object|picture|link|script|input|frame)$/i;

/** One rewrite, reported as a build warning. */
export interface RemoteResourceChange {
  /** JSON pointer of the Markdown field, e.g. `#/info/description`. */
  pointer: string;
  /** What was rewritten, e.g. `remote image https://x/y.png is now a plain link (privacy)`. */
  message: string;
}

const escapePointer = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/** `title` or `alt` attribute of an HTML tag, or ''. */
function attribute(tag: string, name: string): string {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3] ?? '') : '';
}

/** HTML-escapes text for an attribute or element content. */
const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Rewrites remote resources in one Markdown string:
 * - a Markdown image `![alt](https://…)` becomes the link `[alt](https://…)`
 *   (`image` if the alt text is empty); reference images `![alt][ref]`
 *   become reference links;
 * - an HTML `<img src="https://…">` becomes `<a href="https://…">alt</a>`;
 * - any other loading element (`video`, `audio`, `source`, `iframe`,
 *   `embed`, `object`, `link`, `script`…) with a remote `src`, `srcset`,
 *   `poster`, `data` or `href` is removed (its text content stays).
 *
 * @returns The new text and one message per rewrite (empty if nothing changed).
 */
export function rewriteRemoteMarkdown(markdown: string): { text: string; changes: string[] } {
  const changes: string[] = [];
  let text = markdown.replace(
    /!\[([^\]]*)\]\(\s*(<[^>]*>|[^\s)]+)(\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g,
    (match, alt: string, url: string) => {
      if (!REMOTE.test(url)) return match;
      const href = url.replace(/^<|>$/g, '');
      changes.push(`remote image ${href} is now a plain link (privacy: pages load nothing from other hosts)`);
      return `[${alt.trim() || 'image'}](${url})`;
    },
  );
  text = text.replace(/!\[([^\]]*)\]\[([^\]]*)\]/g, (_m, alt: string, ref: string) => {
    changes.push(`reference image ![${alt}][${ref}] is now a link (privacy)`);
    return `[${alt.trim() || 'image'}][${ref}]`;
  });
  text = text.replace(/<([a-z][a-z0-9-]*)\b[^>]*>/gi, (tag, name: string) => {
    if (!LOADING_ELEMENTS.test(name)) return tag;
    const urls = ['src', 'srcset', 'poster', 'data', 'href']
      .map((a) => attribute(tag, a))
      .filter((u) => u.split(',').some((part) => REMOTE.test(part)));
    if (urls.length === 0) return tag;
    if (/^img$/i.test(name) && attribute(tag, 'src')) {
      const src = attribute(tag, 'src');
      const label = attribute(tag, 'alt') || attribute(tag, 'title') || 'image';
      changes.push(`remote image ${src} is now a plain link (privacy)`);
      return `<a href="${escapeHtml(src)}">${escapeHtml(label)}</a>`;
    }
    changes.push(`remote <${name.toLowerCase()}> ${urls.join(' ')} removed (privacy)`);
    return '';
  });
  return { text, changes };
}

/**
 * Rewrites remote resources in every Markdown field (`description`) of a
 * bundled spec, in place, and drops Redoc's `info.x-logo` when its `url` is
 * remote.
 *
 * @param spec A bundled OpenAPI document; changed in place.
 * @returns One entry per rewrite, for the build's warnings.
 */
export function unloadRemoteResources(spec: Record<string, unknown>): RemoteResourceChange[] {
  const found: RemoteResourceChange[] = [];
  const info = spec['info'] as Record<string, unknown> | undefined;
  const logo = info?.['x-logo'] as { url?: unknown } | undefined;
  if (typeof logo?.url === 'string' && REMOTE.test(logo.url)) {
    delete info!['x-logo'];
    found.push({ pointer: '#/info/x-logo', message: `remote logo ${logo.url} removed (privacy)` });
  }
  const walk = (node: unknown, pointer: string): void => {
    if (Array.isArray(node)) {
      node.forEach((child, i) => walk(child, `${pointer}/${i}`));
      return;
    }
    if (!node || typeof node !== 'object') return;
    const object = node as Record<string, unknown>;
    for (const [key, value] of Object.entries(object)) {
      const here = `${pointer}/${escapePointer(key)}`;
      if (key === 'description' && typeof value === 'string') {
        const { text, changes } = rewriteRemoteMarkdown(value);
        if (changes.length === 0) continue;
        object[key] = text;
        for (const message of changes) found.push({ pointer: here, message });
      } else {
        walk(value, here);
      }
    }
  };
  walk(spec, '#');
  return found;
}
