import type { RedocRawOptions } from 'redoc';

/**
 * HTTP method badge colours: the `--color-method-*` theme values in
 * src/styles/global.css, the one place they are defined (our own badges,
 * src/components/internal/MethodBadge.astro, use the same). Redoc's keys are
 * its badge types: the eight methods, `hook` for webhooks, `basic` and `link`
 * for the rest. Without `trace` and `hook` Redoc falls back to #999999, which
 * fails contrast with its white text.
 */
type RedocHttpColours = NonNullable<NonNullable<NonNullable<RedocRawOptions['theme']>['colors']>['http']>;
const METHOD_COLOURS: Record<string, string> = {
  ...Object.fromEntries(
    ['get', 'post', 'put', 'patch', 'delete', 'options', 'head', 'trace', 'hook'].map((type) => [
      type,
      `var(--color-method-${type})`,
    ]),
  ),
  link: 'var(--color-method-hook)',
  basic: 'var(--color-method-other)',
};

/**
 * Redoc's theme. Colours are CSS custom properties defined in
 * src/styles/api-reference.css for `:root[data-theme='light'|'dark']`, so the
 * one prerendered page follows Starlight's theme toggle with no re-render.
 * polished operations on these variables become `color-mix()`
 * (polished-vars.ts). The right-hand code panel is dark in both themes, as in
 * Redoc's default, so its colours are literal.
 */
const theme: NonNullable<RedocRawOptions['theme']> = {
  spacing: { unit: 5, sectionHorizontal: 24, sectionVertical: 24 },
  breakpoints: { small: '50rem', medium: '75rem', large: '105rem' },
  colors: {
    tonalOffset: 0.2,
    primary: {
      main: 'var(--api-primary)',
      light: 'var(--api-primary-light)',
      dark: 'var(--api-primary)',
      contrastText: 'var(--api-on-primary)',
    },
    success: {
      main: 'var(--api-success)',
      light: 'var(--api-success)',
      dark: 'var(--api-success)',
      contrastText: 'var(--api-bg)',
    },
    warning: {
      main: 'var(--api-warning)',
      light: 'var(--api-warning)',
      dark: 'var(--api-warning)',
      contrastText: 'var(--api-bg)',
    },
    error: {
      main: 'var(--api-error)',
      light: 'var(--api-error)',
      dark: 'var(--api-error)',
      contrastText: 'var(--api-bg)',
    },
    gray: { 50: 'var(--api-surface)', 100: 'var(--api-surface)' },
    text: { primary: 'var(--api-text)', secondary: 'var(--api-text-muted)' },
    border: { dark: 'var(--api-border)', light: 'var(--api-bg)' },
    responses: {
      success: {
        color: 'var(--api-success)',
        backgroundColor: 'var(--api-success-bg)',
        tabTextColor: '#8ee39b',
      },
      error: { color: 'var(--api-error)', backgroundColor: 'var(--api-error-bg)', tabTextColor: '#ffa3a3' },
      redirect: {
        color: 'var(--api-warning)',
        backgroundColor: 'var(--api-warning-bg)',
        tabTextColor: '#ffd27a',
      },
      info: { color: 'var(--api-info)', backgroundColor: 'var(--api-info-bg)', tabTextColor: '#8fd3f0' },
    },
    // Redoc's type lists only its own keys; it reads `trace` and `hook` all the same.
    http: METHOD_COLOURS as RedocHttpColours,
  },
  schema: {
    linesColor: 'var(--api-border-strong)',
    defaultDetailsWidth: '75%',
    typeNameColor: 'var(--api-text-muted)',
    typeTitleColor: 'var(--api-text-muted)',
    requireLabelColor: 'var(--api-error)',
    labelsTextSize: '0.9em',
    nestingSpacing: '1em',
    nestedBackground: 'var(--api-surface)',
    arrow: { size: '1.1em', color: 'var(--api-text-muted)' },
  },
  typography: {
    fontSize: '15px',
    lineHeight: '1.6em',
    fontWeightRegular: '400',
    fontWeightBold: '600',
    fontWeightLight: '300',
    fontFamily: 'var(--__sl-font)',
    smoothing: 'antialiased',
    optimizeSpeed: true,
    headings: { fontFamily: 'var(--__sl-font)', fontWeight: '600', lineHeight: '1.4em' },
    code: {
      fontSize: '13px',
      fontFamily: 'var(--__sl-font-mono)',
      lineHeight: '1.6em',
      fontWeight: '400',
      color: 'var(--api-code)',
      backgroundColor: 'var(--api-code-bg)',
      wrap: true,
    },
    links: {
      color: 'var(--api-link)',
      visited: 'var(--api-link)',
      hover: 'var(--api-link-hover)',
      textDecoration: 'underline',
      hoverTextDecoration: 'underline',
    },
  },
  sidebar: {
    width: '260px',
    backgroundColor: 'var(--api-sidebar-bg)',
    textColor: 'var(--api-text)',
    activeTextColor: 'var(--api-primary)',
    groupItems: {
      activeBackgroundColor: 'var(--api-sidebar-active)',
      activeTextColor: 'var(--api-primary)',
      textTransform: 'uppercase',
    },
    level1Items: {
      activeBackgroundColor: 'var(--api-sidebar-active)',
      activeTextColor: 'var(--api-primary)',
      textTransform: 'none',
    },
    arrow: { size: '1.5em', color: 'var(--api-text)' },
  },
  logo: { maxHeight: '0', maxWidth: '0', gutter: '0' },
  rightPanel: {
    backgroundColor: '#1e2430',
    width: '40%',
    textColor: '#ffffff',
    servers: {
      overlay: { backgroundColor: '#f4f5f7', textColor: '#1e2430' },
      url: { backgroundColor: '#ffffff' },
    },
  },
  codeBlock: { backgroundColor: '#141821' },
  fab: { backgroundColor: 'var(--api-sidebar-bg)', color: 'var(--api-primary)' },
};

/**
 * Redoc options for one spec. The same object must be used to prerender and
 * to hydrate, or the generated class names differ.
 *
 * @param id The spec's id, e.g. `projects`; its bundled YAML is served at `/api/<id>.yaml`.
 */
export function redocOptions(id: string): RedocRawOptions {
  return {
    theme,
    // Markdown in a spec cannot inject script or styles.
    sanitize: true,
    // Starlight's fixed header: Redoc measures its bottom edge when it scrolls.
    scrollYOffset: 'header.header',
    // Pagefind indexes every operation, so Redoc's own lunr index (and its
    // web worker) would only add weight.
    disableSearch: true,
    downloadDefinitionUrl: `/api/${id}.yaml`,
    downloadFileName: `${id}.yaml`,
    hideHostname: false,
    expandResponses: '',
    jsonSampleExpandLevel: 2,
    pathInMiddlePanel: false,
    hideFab: false,
    showWebhookVerb: true,
    nativeScrollbars: true,
  };
}
