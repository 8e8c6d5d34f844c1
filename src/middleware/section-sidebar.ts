import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { sectionSidebar } from '../lib/section-sidebar.ts';

/**
 * Route middleware: each page renders its own sidebar section in full and the
 * other sections as links to their landing pages (src/lib/section-sidebar.ts).
 * Starlight's own Sidebar component renders the result, so the markup, the
 * mobile menu and the no-JS reading are Starlight's.
 */
export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  route.sidebar = sectionSidebar(route.sidebar);
});
