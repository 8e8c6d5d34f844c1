import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectInlines, cspHash, withMetaPolicy } from '../../config/csp-integration.ts';
import { postBuild } from '../../config/post-build.ts';
import {
  COMMON_HEADERS,
  HSTS,
  metaPolicy,
  pagePolicy,
  parsePolicy,
  renderNginxHeaders,
  type PageInlines,
} from '../../config/security-headers.ts';

const page = (path: string, runtimeStyles = false): PageInlines => ({
  path,
  scriptHashes: [cspHash('s()')],
  styleHashes: [cspHash('p{}')],
  styleAttrHashes: [cspHash('--x:1')],
  runtimeStyles,
});

describe('collectInlines', () => {
  it('hashes inline scripts as CSP does (the example hash of CSP3 §8.4 / MDN)', () => {
    const html =
      "<!doctype html><html><head><script>alert('Hello, world.');</script></head><body></body></html>";
    expect(collectInlines(html, '/x.html').scriptHashes).toEqual([
      "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='",
    ]);
  });

  it('skips external scripts and JSON data blocks, hashes styles and decoded style attributes', () => {
    const html =
      '<html><head><script src="/a.js"></script><script type="application/ld+json">{"a":1}</script>' +
      '<script type="module">m()</script><style>p{}</style></head>' +
      '<body><p style="font-family:&quot;A&quot;">x</p><p style="font-family:&quot;A&quot;">y</p></body></html>';
    const inlines = collectInlines(html, '/x.html');
    expect(inlines.scriptHashes).toEqual([cspHash('m()')]);
    expect(inlines.styleHashes).toEqual([cspHash('p{}')]);
    expect(inlines.styleAttrHashes).toEqual([cspHash('font-family:"A"')]);
  });

  it('stops the build on an inline event handler or a javascript: link, naming the file', () => {
    expect(() => collectInlines('<button onclick="go()">Go</button>', '/a/index.html')).toThrow(
      /\/a\/index\.html: <button onclick="go\(\)">.*addEventListener/,
    );
    expect(() => collectInlines('<a href=" javascript:go()">Go</a>', '/b.html')).toThrow(
      /\/b\.html: <a href=/,
    );
  });
});

describe('withMetaPolicy', () => {
  it('puts the policy right after <meta charset>, which must stay in the first 1024 bytes', () => {
    const html = withMetaPolicy(
      '<html><head><meta charset="utf-8"/><title>t</title></head></html>',
      "a 'b'",
      '/x',
    );
    expect(html).toBe(
      `<html><head><meta charset="utf-8"/><meta http-equiv="Content-Security-Policy" content="a 'b'"><title>t</title></head></html>`,
    );
  });

  it('refuses a page that already has a policy, or has no <head>', () => {
    expect(() =>
      withMetaPolicy('<head><meta http-equiv="content-security-policy" content="x">', 'y', '/p'),
    ).toThrow(/\/p: already has/);
    expect(() => withMetaPolicy('<p>no head</p>', 'y', '/q')).toThrow(/\/q: no <head>/);
  });
});

describe('the policy', () => {
  it('is strict on a content page: no unsafe-inline or unsafe-eval, hashes for scripts, styles and style attributes', () => {
    const csp = parsePolicy(pagePolicy(page('/roles/backend/index.html')));
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
    expect(csp.get('form-action')).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('img-src')).toEqual(["'self'", 'data:']);
    expect(csp.get('worker-src')).toEqual(["'self'", 'blob:']);
    expect(csp.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", cspHash('s()')]);
    expect(csp.get('style-src')).toEqual([
      "'self'",
      "'unsafe-hashes'",
      ...[cspHash('--x:1'), cspHash('p{}')].sort(),
    ]);
  });

  it("allows 'unsafe-inline' for styles alone on API reference pages, where Redoc writes <style> at run time", () => {
    const csp = parsePolicy(pagePolicy(page('/api/github/repos-2/index.html', true)));
    expect(csp.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", cspHash('s()')]);
    expect(parsePolicy(pagePolicy(page('/api/index.html'))).get('style-src')).toContain("'unsafe-hashes'");
  });

  it('finds the API reference in the page, whatever its path', () => {
    const html = (body: string) => `<html><head></head><body>${body}</body></html>`;
    expect(
      collectInlines(html('<api-reference data-spec-id="x"></api-reference>'), '/api/x/p/').runtimeStyles,
    ).toBe(true);
    expect(collectInlines(html('<p>api-reference</p>'), '/api/x/').runtimeStyles).toBe(false);
  });

  it('leaves frame-ancestors out of the <meta> copy, where browsers ignore it', () => {
    const header = parsePolicy(pagePolicy(page('/index.html')));
    header.delete('frame-ancestors');
    expect(parsePolicy(metaPolicy(page('/index.html')))).toEqual(header);
  });
});

describe('the build output for each host', () => {
  let dist: string;
  const files: Record<string, string> = {
    '/index.html':
      '<html><head><meta charset="utf-8"/><script>a()</script></head><body style="--a:1"></body></html>',
    '/api/projects/index.html':
      '<html><head><script>b()</script><style>p{}</style></head><body><api-reference></api-reference></body></html>',
    '/404.html': '<html><head><style>q{}</style></head><body></body></html>',
  };

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'wdh-headers-'));
    for (const [path, html] of Object.entries(files)) {
      mkdirSync(join(dist, path, '..'), { recursive: true });
      writeFileSync(join(dist, path), html);
    }
    const hook = postBuild().hooks['astro:build:done'] as unknown as (o: object) => Promise<void>;
    await hook({ dir: pathToFileURL(dist + '/'), logger: { info: () => {} } });
  });
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  /** Served path → CSP, from each output. */
  function fromMeta(): Map<string, string> {
    return new Map(
      Object.keys(files).map((path) => {
        const html = readFileSync(join(dist, path), 'utf8');
        const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1]!;
        return [path, `${policy}; frame-ancestors 'none'`];
      }),
    );
  }
  function fromNginx(): Map<string, string> {
    const map = readFileSync(join(dist, '_nginx/csp-map.conf'), 'utf8');
    return new Map([...map.matchAll(/^ {2}(\/\S*) "([^"]+)";$/gm)].map((m) => [m[1]!, m[2]!]));
  }
  function fromHeadersFile(): Map<string, string> {
    const text = readFileSync(join(dist, '_headers'), 'utf8');
    return new Map(
      [...text.matchAll(/^(\/\S*)\n {2}Content-Security-Policy: (.+)$/gm)].map((m) => [m[1]!, m[2]!]),
    );
  }
  const same = (a: string) => [...parsePolicy(a)].sort(([x], [y]) => x.localeCompare(y));

  it('gives every page the same policy in its <meta>, in _headers and in the nginx map', () => {
    const meta = fromMeta();
    const nginx = fromNginx();
    const headers = fromHeadersFile();
    expect([...meta.keys()].sort()).toEqual(Object.keys(files).sort());
    for (const [path, policy] of meta) {
      expect(same(nginx.get(path)!), `nginx ${path}`).toEqual(same(policy));
      const canonical = path.replace(/\/index\.html$/, '/');
      expect(same(headers.get(canonical)!), `_headers ${canonical}`).toEqual(same(policy));
    }
    // nginx serves /a/index.html as /a/ too; _headers names each page once, by its canonical URL.
    expect(nginx.get('/api/projects/')).toBe(nginx.get('/api/projects/index.html'));
    expect([...headers.keys()].sort()).toEqual(['/', '/404.html', '/api/projects/']);
    expect(meta.get('/index.html')).toContain(cspHash('a()'));
    expect(meta.get('/index.html')).toContain(cspHash('--a:1'));
  });

  it('sends the same other headers from _headers and nginx, HSTS only where the host has HTTPS', () => {
    const text = readFileSync(join(dist, '_headers'), 'utf8');
    const nginx = readFileSync(join(dist, '_nginx/headers.conf'), 'utf8');
    expect(nginx).toBe(renderNginxHeaders());
    for (const [name, value] of Object.entries(COMMON_HEADERS)) {
      expect(text).toContain(`\n  ${name}: ${value}\n`);
      expect(nginx).toContain(`add_header ${name} "${value}" always;`);
    }
    expect(text).toContain(`Strict-Transport-Security: ${HSTS}`);
    expect(nginx).not.toContain('Strict-Transport-Security');
    // The committed nginx.conf includes what the build wrote, in every location but the one that hides it.
    const conf = readFileSync(new URL('../../deploy/nginx.conf', import.meta.url), 'utf8');
    expect(conf).toContain('include ../dist/_nginx/csp-map.conf;');
    expect(conf.match(/include \.\.\/dist\/_nginx\/headers\.conf;/g)?.length).toBe(
      (conf.match(/location /g) ?? []).length - 1,
    );
  });
});

/**
 * MDN HTTP Observatory's header tests and score modifiers (algorithm
 * version 4, https://developer.mozilla.org/en-US/observatory/docs/tests_and_scoring),
 * for the headers this site sets. Start at 100, add the modifiers; bonuses
 * count only when the score without them is at least 90. A+ is 100 or more.
 */
function observatory(headers: Record<string, string>, https: boolean): { score: number; results: string[] } {
  const results: Array<[string, number]> = [];
  const csp = parsePolicy(headers['Content-Security-Policy'] ?? '');
  const src = (d: string) => csp.get(d) ?? csp.get('default-src') ?? [];
  if (!csp.size) results.push(['csp-not-implemented', -25]);
  else if (src('script-src').some((s) => s === "'unsafe-inline'" || s === '*' || /^(https?:|data:)$/.test(s)))
    results.push(['csp-implemented-with-unsafe-inline', -20]);
  else if (src('script-src').includes("'unsafe-eval'"))
    results.push(['csp-implemented-with-unsafe-eval', -10]);
  else if (src('style-src').includes("'unsafe-inline'"))
    results.push(['csp-implemented-with-unsafe-inline-in-style-src-only', 0]);
  else if (csp.get('default-src')?.join(' ') === "'none'")
    results.push(['csp-implemented-with-no-unsafe-default-src-none', 10]);
  else results.push(['csp-implemented-with-no-unsafe', 5]);
  results.push(
    headers['X-Content-Type-Options'] === 'nosniff'
      ? ['x-content-type-options-nosniff', 0]
      : ['x-content-type-options-not-implemented', -5],
  );
  results.push(
    csp.get('frame-ancestors')?.join(' ') === "'none'"
      ? ['x-frame-options-implemented-via-csp', 5]
      : /^(DENY|SAMEORIGIN)$/.test(headers['X-Frame-Options'] ?? '')
        ? ['x-frame-options-sameorigin-or-deny', 0]
        : ['x-frame-options-not-implemented', -20],
  );
  const referrer = headers['Referrer-Policy'] ?? '';
  results.push(
    /^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/.test(referrer)
      ? ['referrer-policy-private', 5]
      : referrer
        ? ['referrer-policy-unsafe', -5]
        : ['referrer-policy-not-implemented', 0],
  );
  results.push(
    headers['Cross-Origin-Resource-Policy'] === 'same-origin'
      ? ['corp-implemented-with-same-origin', 10]
      : ['corp-not-implemented', 0],
  );
  const maxAge = Number(/max-age=(\d+)/.exec(headers['Strict-Transport-Security'] ?? '')?.[1] ?? 0);
  results.push(
    !https
      ? ['hsts-not-implemented-no-https', -20]
      : maxAge >= 15_768_000
        ? ['hsts-implemented-max-age-at-least-six-months', 0]
        : ['hsts-implemented-max-age-less-than-six-months', -10],
  );
  results.push(https ? ['redirection-to-https', 0] : ['redirection-missing', -20]);
  // No cookies, no CORS headers, every script from this origin:
  results.push(['cookies-not-found', 0], ['cross-origin-resource-sharing-not-implemented', 0]);
  results.push(['sri-not-implemented-but-all-scripts-loaded-from-secure-origin', 0]);
  const penalties = 100 + results.reduce((sum, [, m]) => sum + Math.min(m, 0), 0);
  const bonuses = results.reduce((sum, [, m]) => sum + Math.max(m, 0), 0);
  return {
    score: penalties >= 90 ? penalties + bonuses : penalties,
    results: results.map(([r, m]) => `${r} ${m}`),
  };
}

describe('the MDN HTTP Observatory score of the real headers', () => {
  const served = (path: string, https: boolean) => ({
    ...COMMON_HEADERS,
    'Content-Security-Policy': pagePolicy(page(path, path.startsWith('/api/'))),
    ...(https ? { 'Strict-Transport-Security': HSTS } : {}),
  });

  it('is A+ (125) on a content page served over HTTPS (Netlify, Cloudflare Pages, nginx with TLS)', () => {
    const { score, results } = observatory(served('/roles/backend/index.html', true), true);
    expect(results).toContain('csp-implemented-with-no-unsafe 5');
    expect(score).toBe(125);
  });

  it('is A+ (120) on an API reference page, whose style-src alone allows inline styles', () => {
    const { score, results } = observatory(served('/api/projects/index.html', true), true);
    expect(results).toContain('csp-implemented-with-unsafe-inline-in-style-src-only 0');
    expect(score).toBe(120);
  });

  it('loses the two HTTPS tests over plain HTTP, as on the loopback test server (C+, 60)', () => {
    expect(observatory(served('/roles/backend/index.html', false), false).score).toBe(60);
  });

  it('would notice a weaker policy', () => {
    const weak = {
      ...served('/x/index.html', true),
      'Content-Security-Policy': "default-src 'self' 'unsafe-inline'",
    };
    expect(observatory(weak, true).score).toBeLessThan(90);
  });
});
