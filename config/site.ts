/**
 * Site-wide settings that are not Starlight's own: the public URL, where the
 * source lives (for "Edit page" links) and the issue trackers that checklist
 * exports open. Change them here; nothing else hard-codes these values.
 */
export const site = {
  /** Canonical origin of the deployed handbook. Used for the sitemap and absolute links. */
  url: 'https://handbook.example.com',
  title: 'Web Delivery Handbook',
  description:
    'How our product team plans, builds, integrates, tests, ships and runs web applications, from front end to back end.',
  /** Prefix for "Edit page" links; Starlight appends the file path relative to the repository root. */
  editBaseUrl: 'https://github.com/example/web-delivery-handbook/edit/main/',
  /**
   * New-issue pages that a checklist's "Open … issue" buttons prefill with a
   * title and the task list (src/lib/checklist-export.ts adds the query).
   * Point them at the product team's own projects; self-hosted GitLab and
   * GitHub Enterprise work the same way.
   */
  trackers: {
    github: 'https://github.com/example/product/issues/new',
    gitlab: 'https://gitlab.com/example/product/-/issues/new',
    linear: 'https://linear.app/example/team/WEB/new',
  },
  /**
   * Where readers report a problem with a handbook page, and where overdue
   * reviews are filed: the handbook's own tracker. `tracker` is one of the
   * kinds above and picks the URL format (src/lib/checklist-export.ts).
   */
  pageIssues: {
    tracker: 'github',
    newIssueUrl: 'https://github.com/example/web-delivery-handbook/issues/new',
  },
} as const;
