/**
 * The handbook's shared vocabulary: the roles readers have and the six
 * delivery stages. Schemas build their enums from these lists, so a checklist,
 * comparison or page cannot name a role or stage the handbook does not define.
 *
 * The six stages follow the handbook's workflow (content/handbook/workflow/).
 */
export const ROLES = ['frontend', 'backend', 'pm', 'qa', 'design'] as const;
export type Role = (typeof ROLES)[number];

export const STAGES = [
  'planning',
  'development',
  'integration',
  'testing',
  'deployment',
  'maintenance',
] as const;
export type Stage = (typeof STAGES)[number];

/**
 * Display names of the roles in {@link ROLES}, for filters and badges. The
 * stages' display names are their `title`s in content/workflow/stages.yaml.
 */
export const ROLE_LABELS: Record<Role, string> = {
  frontend: 'Frontend',
  backend: 'Backend',
  pm: 'Product manager',
  qa: 'QA',
  design: 'Design',
};
