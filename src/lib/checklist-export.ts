/**
 * Exports of a checklist for tickets: a Markdown task list (GitHub, GitLab,
 * Linear), a Jira checklist, and new-issue URLs for the trackers. Pure
 * functions over {@link ChecklistExport}, shared by the checklist page's
 * script, the `/checklists/<id>.md` endpoint and the issue-template export.
 */

/**
 * One item in an export: `text` is plain text (Markdown stripped, for Jira);
 * `markdown` is the item's inline Markdown with root-relative links made
 * absolute, so it still works inside a ticket.
 */
export interface ExportItem {
  id: string;
  text: string;
  markdown: string;
  hash: string;
}

/** A group of items; `title` is absent for a checklist without sections. */
export interface ExportSection {
  title?: string;
  items: ExportItem[];
}

/**
 * A checklist reduced to what exports need. `url` is the absolute URL of the
 * checklist page with a trailing slash, e.g.
 * `https://handbook.example.com/checklists/security-review/`.
 */
export interface ChecklistExport {
  id: string;
  title: string;
  purpose: string;
  url: string;
  sections: ExportSection[];
}

/** The permanent link of an item: the checklist page URL plus `#<item-id>`. */
export function itemUrl(checklist: Pick<ChecklistExport, 'url'>, itemId: string): string {
  return `${checklist.url}#${itemId}`;
}

/** Every item, in order, across sections. */
export function exportItems(checklist: ChecklistExport): ExportItem[] {
  return checklist.sections.flatMap((section) => section.items);
}

/**
 * A GitHub/GitLab/Linear task list: one `- [ ]` or `- [x]` line per item,
 * each ending in a link back to the item. Sections become `###` headings.
 *
 * @example
 * ```markdown
 * - [x] Every SQL statement uses **parameterised queries** ([handbook](https://…/checklists/security-review/#parameterised-queries))
 * - [ ] Pages send a `Content-Security-Policy` header ([handbook](https://…/checklists/security-review/#csp-header))
 * ```
 */
export function toMarkdownTaskList(checklist: ChecklistExport, ticked: ReadonlySet<string>): string {
  const blocks = checklist.sections.map((section) => {
    const lines = section.items.map(
      (item) =>
        `- [${ticked.has(item.id) ? 'x' : ' '}] ${item.markdown} ([handbook](${itemUrl(checklist, item.id)}))`,
    );
    return (section.title ? [`### ${section.title}`, '', ...lines] : lines).join('\n');
  });
  return blocks.join('\n\n');
}

/** A whole Markdown document: title, purpose, source link, then the task list. Ends with a newline. */
export function toMarkdownDocument(checklist: ChecklistExport, ticked: ReadonlySet<string>): string {
  return [
    `# ${checklist.title}`,
    '',
    checklist.purpose,
    '',
    `Source: ${checklist.url}`,
    '',
    toMarkdownTaskList(checklist, ticked),
    '',
  ].join('\n');
}

/** The body of a new issue: purpose and source link, then the task list. */
export function toIssueBody(checklist: ChecklistExport, ticked: ReadonlySet<string>): string {
  return `${checklist.purpose}\n\nFrom the handbook: ${checklist.url}\n\n${toMarkdownTaskList(checklist, ticked)}\n`;
}

/**
 * The text format of **Smart Checklist for Jira** (TitanApps, formerly
 * Railsware), a widely used Jira checklist app whose editor takes plain text:
 * `- ` opens an item, `+ ` a done item, `## ` a section header, and `> `
 * lines are an item's details. Pasted into the app's editor it becomes a
 * checklist with the ticks kept; pasted into a plain Jira description the
 * `-` lines still read as a list. Each item's details line holds its
 * permanent link.
 */
export function toJiraChecklist(checklist: ChecklistExport, ticked: ReadonlySet<string>): string {
  const lines: string[] = [];
  for (const section of checklist.sections) {
    if (section.title) lines.push(`## ${section.title}`);
    for (const item of section.items) {
      lines.push(`${ticked.has(item.id) ? '+' : '-'} ${item.text}`, `> ${itemUrl(checklist, item.id)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The trackers a checklist can open a new issue in. */
export type Tracker = 'github' | 'gitlab' | 'linear';

/** The query parameters each tracker's new-issue page reads for the title and the body. */
const TRACKER_PARAMS: Record<Tracker, { title: string; body: string }> = {
  // https://docs.github.com/en/issues/tracking-your-work-with-issues/creating-an-issue#creating-an-issue-from-a-url-query
  github: { title: 'title', body: 'body' },
  // https://docs.gitlab.com/user/project/issues/create_issues/#using-a-url-with-prefilled-values
  gitlab: { title: 'issue[title]', body: 'issue[description]' },
  // Linear's "create issues from a URL" links (linear.app/docs): `title` and `description`.
  linear: { title: 'title', body: 'description' },
};

/**
 * The longest new-issue URL we open, in characters. Web servers and proxies
 * in front of trackers commonly reject request lines over 8 KiB (nginx's
 * default `large_client_header_buffers` is 8k, and the answer is an error
 * page instead of the form), so we stay just under that.
 */
export const MAX_ISSUE_URL_LENGTH = 8000;

/**
 * Builds a tracker's new-issue URL prefilled with a title and body, and
 * optionally labels.
 *
 * Labels go where each tracker takes them from a URL: GitHub's and Linear's
 * `labels` query parameter (comma-separated names), and for GitLab, whose
 * URL takes no label names, a `/label ~"name"` quick action at the end of
 * the description, which GitLab applies when the issue is created
 * (https://docs.gitlab.com/user/project/quick_actions/).
 *
 * @param newIssueUrl The tracker's new-issue page, from `site.trackers`
 *   (e.g. `https://github.com/example/product/issues/new`).
 * @param labels Label names, e.g. `['owner:backend-guild']`; they must exist
 *   in the tracker (GitHub ignores unknown ones).
 * @returns `{ url, complete: true }` when the body fits within `maxLength`;
 *   otherwise `{ url, complete: false }` where `url` carries the title (and
 *   GitHub/Linear labels) only, and the caller must hand the body over
 *   another way (the clipboard).
 */
export function trackerIssueUrl(
  tracker: Tracker,
  newIssueUrl: string,
  title: string,
  body: string,
  maxLength: number = MAX_ISSUE_URL_LENGTH,
  labels: readonly string[] = [],
): { url: string; complete: boolean } {
  const params = TRACKER_PARAMS[tracker];
  let base = `${newIssueUrl}${newIssueUrl.includes('?') ? '&' : '?'}${encodeURIComponent(params.title)}=${encodeURIComponent(title)}`;
  let fullBody = body;
  if (labels.length > 0) {
    if (tracker === 'gitlab') {
      fullBody = `${body.trimEnd()}\n\n${labels.map((label) => `/label ~"${label.replace(/"/g, '')}"`).join('\n')}\n`;
    } else {
      base += `&labels=${encodeURIComponent(labels.join(','))}`;
    }
  }
  const full = `${base}&${encodeURIComponent(params.body)}=${encodeURIComponent(fullBody)}`;
  return full.length <= maxLength ? { url: full, complete: true } : { url: base, complete: false };
}
