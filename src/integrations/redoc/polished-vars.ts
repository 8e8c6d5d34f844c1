/**
 * Redoc computes colours from its theme with polished (`darken`, `lighten`,
 * `transparentize`...), which only understands literal colours. The
 * handbook's Redoc theme uses CSS custom properties instead, so that one
 * prerendered page follows Starlight's light and dark themes without
 * re-rendering. These wrappers turn polished's operations on a `var(...)`
 * colour into the equivalent CSS `color-mix()`, and pass literal colours to
 * polished unchanged.
 *
 * Used on the server by patching polished's CommonJS exports (ssr.ts)
 * and in the browser through polished-browser.ts.
 */

/** The polished functions Redoc 2.5 calls (found by searching its source). */
export interface PolishedColourFunctions {
  darken: (amount: number | string, color: string) => string;
  lighten: (amount: number | string, color: string) => string;
  transparentize: (amount: number | string, color: string) => string;
  desaturate: (amount: number | string, color: string) => string;
  readableColor: (color: string, ...rest: unknown[]) => string;
  getLuminance: (color: string) => number;
}

/** True for a colour that polished cannot parse because it uses a CSS variable. */
export function isCssVariableColour(color: unknown): color is string {
  return typeof color === 'string' && color.includes('var(');
}

/** `0.1` → `"10%"`, rounded to 0.1 %. */
const percent = (amount: number | string) => `${Math.round(Number(amount) * 1000) / 10}%`;

/**
 * Wraps polished's colour functions so they accept `var(--x)` colours.
 *
 * - `darken(a, c)` → `color-mix(in srgb, c, black a)`; `lighten` mixes with white;
 * - `transparentize(a, c)` → `color-mix(in srgb, c, transparent a)`;
 * - `desaturate` returns the colour unchanged;
 * - `readableColor` of a variable colour returns the page's text colour
 *   (`var(--api-text)`); the theme sets every `contrastText` itself;
 * - `getLuminance` of a variable colour returns 1 (treated as light).
 *
 * Mixing in sRGB is not HSL lightness as in polished, but close enough for
 * hover and border shades; text colours in the theme are set explicitly and
 * checked with axe.
 */
export function wrapPolished(original: PolishedColourFunctions): PolishedColourFunctions {
  return {
    darken: (amount, color) =>
      isCssVariableColour(color)
        ? `color-mix(in srgb, ${color}, black ${percent(amount)})`
        : original.darken(amount, color),
    lighten: (amount, color) =>
      isCssVariableColour(color)
        ? `color-mix(in srgb, ${color}, white ${percent(amount)})`
        : original.lighten(amount, color),
    transparentize: (amount, color) =>
      isCssVariableColour(color)
        ? `color-mix(in srgb, ${color}, transparent ${percent(amount)})`
        : original.transparentize(amount, color),
    desaturate: (amount, color) => (isCssVariableColour(color) ? color : original.desaturate(amount, color)),
    readableColor: (color, ...rest) =>
      isCssVariableColour(color) ? 'var(--api-text)' : original.readableColor(color, ...rest),
    getLuminance: (color) => (isCssVariableColour(color) ? 1 : original.getLuminance(color)),
  };
}
