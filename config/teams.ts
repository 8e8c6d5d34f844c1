/**
 * The teams that own handbook pages, and how often pages are reviewed.
 *
 * Every page in content/handbook/ names one team id in its `owner`
 * frontmatter field; an id not listed here fails the build. The `handle` is
 * the team's mention in the tracker, used for CODEOWNERS
 * (`npm run export:codeowners`) and in "report a problem" issues; `channel`
 * is shown next to "Owned by" on the page.
 */
export interface Team {
  /** Shown on pages: "Owned by <name>". */
  name: string;
  /** Tracker handle, e.g. `@example/backend-guild` (a GitHub team or GitLab group). */
  handle: string;
  /** Chat channel readers can ask in, e.g. `#backend-guild`. */
  channel?: string;
}

export const teams = {
  'handbook-maintainers': {
    name: 'Handbook maintainers',
    handle: '@example/handbook-maintainers',
    channel: '#handbook',
  },
  'delivery-leads': {
    name: 'Delivery leads',
    handle: '@example/delivery-leads',
    channel: '#delivery',
  },
  'frontend-guild': {
    name: 'Frontend guild',
    handle: '@example/frontend-guild',
    channel: '#frontend-guild',
  },
  'backend-guild': {
    name: 'Backend guild',
    handle: '@example/backend-guild',
    channel: '#backend-guild',
  },
  'api-guild': {
    name: 'API guild',
    handle: '@example/api-guild',
    channel: '#api-design',
  },
  platform: {
    name: 'Platform team',
    handle: '@example/platform',
    channel: '#platform',
  },
} as const satisfies Record<string, Team>;

/** A team id: a key of {@link teams}. */
export type TeamId = keyof typeof teams;

/** The team ids, in the order listed above. */
export const TEAM_IDS = Object.keys(teams) as [TeamId, ...TeamId[]];

/**
 * Review policy. A page is due for review `reviewEvery` months after its
 * `lastReviewed` date; pages without `reviewEvery` use `everyMonths`.
 * `dueSoonDays` is the look-ahead of `npm run report:stale`.
 */
export const review = {
  everyMonths: 6,
  dueSoonDays: 30,
} as const;
