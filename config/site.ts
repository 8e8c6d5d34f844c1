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
} as const;
