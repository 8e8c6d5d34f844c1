/**
 * Source patches applied to Redoc 2.5's prebuilt bundles, on the server
 * (redoc.lib.js, see ssr.ts) and in the browser (redoc.browser.lib.js,
 * via vite-plugin.ts). Both sides must get the same
 * patches, or hydration would not match the prerendered HTML.
 *
 * Each patch matches minified code, so each must match a known number of
 * times: if a Redoc upgrade changes the code, the build fails here instead of
 * silently fetching a CDN logo again.
 */
interface Patch {
  /** Why the patch exists, used in the error message. */
  reason: string;
  pattern: RegExp;
  replace: (match: string, ...groups: string[]) => string;
  /** How often the pattern occurs in Redoc 2.5.x's bundles. */
  count: number;
}

const PATCHES: Patch[] = [
  {
    reason: 'drop the Redocly logo that the side menu loads from cdn.redoc.ly after hydration (privacy)',
    pattern:
      /\w+\?\w+\.createElement\("img",\{alt:"redocly logo",onError:\(\)=>\w+\(!1\),src:"https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini\.svg"\}\):null/g,
    replace: () => 'null',
    count: 1,
  },
  {
    reason:
      "demote Redoc's headings one level (h1 to h2, h2 to h3, h3 to h4) so the page keeps Starlight's title as its only h1",
    pattern: /(\w+)\.h([12])`\n {2}\$\{(\w+)\(([123])\)\}/g,
    replace: (_m, styled, _tag, mixin, level) =>
      `${styled}.h${Number(level) + 1}\`\n  \${${mixin}(${level})}`,
    count: 3,
  },
  {
    reason:
      "drop the side menu items' aria-label, which omits the method badge they show (axe label-content-name-mismatch, WCAG 2.5.3); their text names them",
    pattern: /role:"menuitem","aria-label":\w+\.sidebarLabel,/g,
    replace: () => 'role:"menuitem",',
    count: 1,
  },
  {
    reason:
      'theme the regex-pattern label, whose colour (#0e7c86) is hard-coded and fails contrast on a dark background',
    pattern: /color: #0e7c86;/g,
    replace: () => 'color: var(--api-info);',
    count: 1,
  },
  {
    reason:
      'demote the "Responses" and "Callbacks" headings (h3 to h4), which sit under an operation (now h3)',
    pattern: /(\w+)\.h3`\n {2}font-size: 1\.3em;/g,
    replace: (_m, styled) => `${styled}.h4\`\n  font-size: 1.3em;`,
    count: 2,
  },
  {
    reason:
      'demote the section labels ("Path parameters", "Request Body schema") from h5 to h4, which sit right under an operation (h3; axe heading-order), and theme their hard-coded dark-grey colours',
    pattern:
      /(\w+)\.h5`\n {2}border-bottom: 1px solid rgba\(38, 50, 56, 0\.3\);\n {2}margin: 1em 0 1em 0;\n {2}color: rgba\(38, 50, 56, 0\.7\);/g,
    replace: (_m, styled) =>
      `${styled}.h4\`\n  border-bottom: 1px solid var(--api-border);\n  margin: 1em 0 1em 0;\n  color: var(--api-text-muted);`,
    count: 1,
  },
  {
    reason:
      "theme the white background Redoc hard-codes for every second level of nested schema properties, which fails contrast under the dark theme's light text",
    pattern: /background: #ffffff;(\n {2}\}\n`)/g,
    replace: (_m, end) => `background: var(--api-bg);${end}`,
    count: 1,
  },
  {
    reason:
      'theme the white rows and grey borders Redoc hard-codes for tables in spec Markdown (dark theme contrast)',
    pattern: /table tr \{\n {4}background-color: #fff;\n {4}border-top: 1px solid #ccc;/g,
    replace: () =>
      'table tr {\n    background-color: var(--api-bg);\n    border-top: 1px solid var(--api-border);',
    count: 1,
  },
  {
    reason:
      'theme the dropdowns (content types, oneOf choices), whose white background and dark text are hard-coded and fail contrast under the dark theme',
    pattern: /background: white;\n {2}color: #263238;/g,
    replace: () => 'background: var(--api-bg);\n  color: var(--api-text);',
    count: 1,
  },
];

/**
 * Applies the handbook's patches to the source of one of Redoc's bundles.
 *
 * @param source The text of `redoc/bundles/redoc.lib.js` or `redoc.browser.lib.js`.
 * @param file Name used in the error message.
 * @returns The patched source.
 * @throws {Error} If a patch does not match the expected number of times
 *   (Redoc was upgraded); the message says which patch and why it exists.
 */
export function patchRedocSource(source: string, file = 'redoc bundle'): string {
  let patched = source;
  for (const patch of PATCHES) {
    const found = patched.match(patch.pattern)?.length ?? 0;
    if (found !== patch.count) {
      throw new Error(
        `Cannot patch ${file}: expected ${patch.count} match(es) for the patch to ${patch.reason}, found ${found}. ` +
          'Redoc was probably upgraded; update src/integrations/redoc/patches.ts for its new code.',
      );
    }
    patched = patched.replace(patch.pattern, patch.replace as (match: string, ...groups: string[]) => string);
  }
  return patched;
}
