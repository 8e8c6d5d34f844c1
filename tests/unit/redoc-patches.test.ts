import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { patchRedocSource } from '../../src/integrations/redoc/patches.ts';
import { isCssVariableColour, wrapPolished } from '../../src/integrations/redoc/polished-vars.ts';

const require = createRequire(import.meta.url);
const bundleDir = require.resolve('redoc').replace(/redoc\.lib\.js$/, '');

describe('patchRedocSource', () => {
  for (const file of ['redoc.lib.js', 'redoc.browser.lib.js']) {
    it(`removes the CDN logo and demotes headings in ${file}`, () => {
      const source = readFileSync(bundleDir + file, 'utf8');
      expect(source).toContain('cdn.redoc.ly');
      const patched = patchRedocSource(source, file);
      expect(patched).not.toContain('cdn.redoc.ly');
      expect(patched).not.toMatch(/\w+\.h1`/);
      // h3 → h4 once, "Responses" and "Callbacks" h3 → h4, section labels h5 → h4.
      expect(patched.match(/\w+\.h4`/g)).toHaveLength(4);
      expect(patched).not.toMatch(/\w+\.h5`/);
      expect(patched).not.toContain('color: rgba(38, 50, 56, 0.7)');
    });
  }

  it('fails loudly when Redoc changed and a patch no longer matches', () => {
    expect(() => patchRedocSource('const x = 1;', 'redoc.next.js')).toThrow(
      /Cannot patch redoc\.next\.js: expected 1 match\(es\) for the patch to drop the Redocly logo/,
    );
  });
});

describe('wrapPolished', () => {
  const polished = wrapPolished(require('polished'));

  it('turns operations on CSS variables into color-mix()', () => {
    expect(polished.darken(0.1, 'var(--api-bg)')).toBe('color-mix(in srgb, var(--api-bg), black 10%)');
    expect(polished.lighten(0.2, 'var(--x)')).toBe('color-mix(in srgb, var(--x), white 20%)');
    expect(polished.transparentize(0.93, 'var(--x)')).toBe('color-mix(in srgb, var(--x), transparent 93%)');
    expect(polished.getLuminance('var(--x)')).toBe(1);
  });

  it('leaves literal colours to polished', () => {
    expect(polished.darken(0.1, '#ffffff')).toBe('#e6e6e6');
    expect(isCssVariableColour('#fff')).toBe(false);
  });
});
