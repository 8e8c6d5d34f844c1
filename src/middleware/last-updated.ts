import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { readGitDates } from '../lib/git-dates.ts';

/**
 * Starlight reads "Last updated" dates from git only for files under
 * src/content/docs/. Our pages live in content/handbook/, so this route
 * middleware looks the date up for them instead. One `git log` runs per
 * build (the map is cached for the life of the process).
 *
 * A `lastUpdated` date in a page's frontmatter still wins, as in Starlight.
 */
let cache: Map<string, Date> | undefined;

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  if (route.lastUpdated || route.entry.data.lastUpdated === false) return;
  cache ??= readGitDates('content/handbook');
  route.lastUpdated = cache.get(route.entry.filePath ?? '');
});
