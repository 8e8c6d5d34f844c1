/** Words that keep their capitals when a checklist id becomes a label. */
const ACRONYMS: Record<string, string> = { api: 'API', pm: 'PM', qa: 'QA' };

/**
 * A readable label for a checklist id until the checklists collection
 * supplies real titles, e.g. `api-schema-design-review` → "API schema design
 * review", `onboarding-pm-qa` → "Onboarding PM QA".
 */
export function checklistLabel(id: string): string {
  const words = id.split('-').map((w) => ACRONYMS[w] ?? w);
  const first = words[0] ?? '';
  return [first.charAt(0).toUpperCase() + first.slice(1), ...words.slice(1)].join(' ');
}
