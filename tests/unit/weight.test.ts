import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { allPagePaths, isRedocSource, measurePage, staticImports } from '../../bench/lib/weight.ts';

const dist = fileURLToPath(new URL('../fixtures/weight-dist/', import.meta.url));
const size = (p: string): number => readFileSync(`${dist}${p}`).length;
const indexHtml = readFileSync(`${dist}index.html`, 'utf8');
/** The body of the fixture's inline `<style>` and of its attribute-less `<script>`. */
const inlineStyle = /<style>([\s\S]*?)<\/style>/.exec(indexHtml)![1]!;
const inlineScript = /<script>([\s\S]*?)<\/script>/.exec(indexHtml)![1]!;

describe('measurePage', () => {
  const page = measurePage(dist, '/');

  it('follows scripts, module preloads and their static imports, but not dynamic imports', () => {
    expect(page.jsFiles).toEqual(['/_astro/page.js', '/_astro/shared.js', '/_astro/side.js']);
  });

  it('counts each stylesheet once, print stylesheets included', () => {
    expect(page.cssFiles).toEqual(['/_astro/site.css']);
    expect(page.css.raw).toBe(size('_astro/site.css') + inlineStyle.length);
  });

  it('counts inline scripts as JS and leaves JSON scripts, comments and code samples in the HTML', () => {
    const external = size('_astro/page.js') + size('_astro/shared.js') + size('_astro/side.js');
    expect(page.js.raw).toBe(external + inlineScript.length);
    expect(page.jsFiles.join()).not.toMatch(/commented-out|assets\/app/);
  });

  it('adds HTML, CSS and JS up to the total, raw and gzip', () => {
    expect(page.total.raw).toBe(page.html.raw + page.css.raw + page.js.raw);
    expect(page.total.gzip).toBe(page.html.gzip + page.css.gzip + page.js.gzip);
    expect(page.js.gzip).toBeGreaterThanOrEqual(gzipSync(inlineScript).length);
  });

  it('loads island components and spots Redoc among them', () => {
    const api = measurePage(dist, '/api/');
    expect(api.jsFiles).toEqual(['/_astro/ApiReference.js', '/_astro/client.js', '/_astro/redoc.js']);
    expect(api.redocFiles).toEqual(['/_astro/ApiReference.js', '/_astro/redoc.js']);
    expect(page.redocFiles).toEqual([]);
  });

  it('reads only what a browser with scripts on loads: not <noscript>, <textarea>, <template> or attribute text', () => {
    const edge = measurePage(dist, '/edge/');
    expect(edge.cssFiles).toEqual(['/_astro/site.css']);
    expect(edge.css.raw).toBe(size('_astro/site.css'));
    expect(edge.jsFiles).toEqual(['/_astro/edge.js', '/_astro/shared.js']);
  });

  it('names the page when it is not built', () => {
    expect(() => measurePage(dist, '/missing/')).toThrow(/No page at \/missing\//);
  });
});

describe('helpers', () => {
  it('lists every page of a built site', () => {
    expect(allPagePaths(dist)).toEqual(['/', '/api/', '/edge/']);
  });

  it('reads static imports from minified modules only', () => {
    expect(
      staticImports('import{a}from"./a.js";import"./b.js";export*from"./c.js";import("./d.js")'),
    ).toEqual(['./a.js', './b.js', './c.js']);
  });

  it('does not read import-like text in strings, templates or comments', () => {
    const source = [
      'const s = \'import"./string.js"\';',
      'const t = `export * from "./template.js"`;',
      '// import "./comment.js";',
      '/* from"./block.js" */',
      'import"./real.js";',
      'console.log(import.meta.url, s, t);',
    ].join('\n');
    expect(staticImports(source)).toEqual(['./real.js']);
  });

  it('names the file when a script is not JavaScript', () => {
    expect(() => staticImports('import { from "./a.js"', '/_astro/broken.js')).toThrow(
      /^\/_astro\/broken\.js is not/,
    );
  });

  it('recognises Redoc and its runtime', () => {
    expect(isRedocSource('class RedocStandalone{}')).toBe(true);
    expect(isRedocSource('[mobx] action')).toBe(true);
    expect(isRedocSource('customElements.define("site-search",S)')).toBe(false);
  });
});
