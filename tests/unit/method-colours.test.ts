import { readFileSync } from 'node:fs';
import { getContrast } from 'polished';
import { describe, expect, it } from 'vitest';
import { redocOptions } from '../../src/integrations/redoc/options.ts';

/** The eight operation methods of an OpenAPI path item (OpenAPI 3.1, "Path Item Object"). */
const OPENAPI_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const css = readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8');
const badge = readFileSync(
  new URL('../../src/components/internal/MethodBadge.astro', import.meta.url),
  'utf8',
);
/** `--color-method-<name>: <hex>;` declarations in global.css, the one definition. */
const colours = new Map(
  [...css.matchAll(/--color-method-([a-z]+):\s*(#[0-9a-f]{6});/gi)].map((m) => [m[1]!, m[2]!]),
);

describe('HTTP method badge colours', () => {
  it('are defined once, in global.css, for every method, webhooks and the rest', () => {
    expect([...colours.keys()].sort()).toEqual([...OPENAPI_METHODS, 'hook', 'other'].sort());
  });

  it.each([...colours])('white text on %s (%s) passes WCAG AA, 4.5:1', (_, hex) => {
    expect(getContrast('#ffffff', hex)).toBeGreaterThanOrEqual(4.5);
  });

  it('are what our badges use, a class for every method', () => {
    for (const name of colours.keys()) expect(badge).toContain(`'bg-method-${name}'`);
  });

  it('are what Redoc uses, for every badge type it draws', () => {
    const http = redocOptions('fixture').theme?.colors?.http as Record<string, string>;
    for (const type of [...OPENAPI_METHODS, 'hook']) expect(http[type]).toBe(`var(--color-method-${type})`);
    for (const value of Object.values(http)) {
      const name = /^var\(--color-method-([a-z]+)\)$/.exec(value)?.[1];
      expect(name && colours.has(name), `${value} names a colour in global.css`).toBe(true);
    }
  });
});
