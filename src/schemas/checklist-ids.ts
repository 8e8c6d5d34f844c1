/**
 * Every checklist id the handbook defines (content/checklists/<id>.yaml,
 * rendered at /checklists/<id>/). Workflow stages and backend-flow steps name
 * related checklists by these ids, and their schemas reject any other.
 *
 * The checklists content collection (content/checklists/<id>.yaml) will own
 * this list: once it exports its ids, import them from there and delete this
 * file. Until then tests/unit/workflow-data.test.ts checks that this list and
 * the checklist files name exactly the same ids, so the two cannot drift.
 */
export const CHECKLIST_IDS = [
  'definition-of-ready-backend',
  'api-schema-design-review',
  'backend-development-done',
  'frontend-development-done',
  'pull-request-review',
  'security-review',
  'integration-testing',
  'release-readiness',
  'production-deployment',
  'post-release-monitoring',
  'documentation',
  'onboarding-frontend',
  'onboarding-backend',
  'onboarding-pm-qa',
] as const;
export type ChecklistId = (typeof CHECKLIST_IDS)[number];
