/**
 * Stands in for `polished` when Vite bundles Redoc for the browser (see
 * vite-plugin.ts): everything polished exports, with the colour
 * functions Redoc uses wrapped to understand CSS variables (polished-vars.ts).
 */
import * as polished from 'polished';
import { wrapPolished } from './polished-vars.ts';

const wrapped = wrapPolished(polished as never);

export * from 'polished';
export const { darken, lighten, transparentize, desaturate, readableColor, getLuminance } = wrapped;
