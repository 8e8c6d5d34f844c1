/**
 * Every checklist id the handbook defines (content/checklists/<id>.yaml,
 * rendered at /checklists/<id>/). Workflow stages and backend-flow steps name
 * related checklists by these ids, and their schemas reject any other.
 *
 * The checklists content collection will own this list once it lands on
 * main; until then it is kept here, copied from the shared names in the
 * handbook brief, so that data written today is already validated.
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
