import { site } from '../../config/site.ts';
import { review, teams, type Team, type TeamId } from '../../config/teams.ts';
import type { IssuePage } from './page-issue.ts';
import { isoDay, reviewDueDate, reviewState, type ReviewState } from './page-review.ts';

/** The upkeep fields of a page's frontmatter (src/schemas/page-frontmatter.ts). */
export interface UpkeepFrontmatter {
  title: string;
  owner?: TeamId | undefined;
  lastReviewed?: Date | undefined;
  reviewEvery?: number | undefined;
}

/** What a handbook page shows about its owner and review. */
export interface PageUpkeep {
  team: Team & { id: TeamId };
  lastReviewed: Date;
  due: Date;
  state: ReviewState;
  /** Issue context for "report a problem" and "review this page". */
  issuePage: IssuePage;
  /** Repository-relative source file, e.g. `content/handbook/roles/backend.mdx`. */
  file: string;
  /** Root-relative URL of the page's Markdown copy, e.g. `/roles/backend.md`. */
  markdownPath: string;
}

/**
 * The owner and review state of a page, or `undefined` for pages that are
 * not handbook pages (checklist, comparison and API pages have no owner).
 *
 * @param data The page's frontmatter.
 * @param id The docs entry id, e.g. `roles/backend` (`index` for the home page).
 * @param pathname The page's root-relative URL.
 * @param filePath Source file relative to the project root.
 * @param now The build time.
 */
export function pageUpkeep(
  data: UpkeepFrontmatter,
  id: string,
  pathname: string,
  filePath: string,
  now = new Date(),
): PageUpkeep | undefined {
  if (!data.owner || !data.lastReviewed) return undefined;
  const team = { id: data.owner, ...teams[data.owner] };
  const due = reviewDueDate(data.lastReviewed, data.reviewEvery ?? review.everyMonths);
  return {
    team,
    lastReviewed: data.lastReviewed,
    due,
    state: reviewState(due, now, review.dueSoonDays),
    issuePage: {
      title: data.title,
      url: new URL(pathname, site.url).href,
      ownerId: team.id,
      ownerName: team.name,
      ownerHandle: team.handle,
    },
    file: filePath,
    markdownPath: markdownPath(id),
  };
}

/** `/roles/backend.md` for the entry `roles/backend`; `/index.md` for the home page. */
export function markdownPath(id: string): string {
  return `/${id || 'index'}.md`;
}

export { isoDay };
