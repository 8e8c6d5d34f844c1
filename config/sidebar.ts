/**
 * The handbook's sidebar, curated by hand so that sections read in the order
 * a newcomer needs them. Every `slug` is an entry in the `docs` content
 * collection (a file under content/handbook/, without its extension; an
 * `index` file takes its folder's name). A slug with no page fails the build,
 * so the sidebar cannot point at a page that does not exist.
 *
 * Shape: Starlight's `sidebar` option,
 * https://starlight.astro.build/reference/configuration/#sidebar
 */
export const sidebar = [
  {
    label: 'Start here',
    items: [
      { slug: 'start-here/how-to-use' },
      { slug: 'start-here/onboarding-frontend' },
      { slug: 'start-here/onboarding-backend' },
      { slug: 'start-here/onboarding-pm-qa' },
      { slug: 'start-here/glossary' },
    ],
  },
  {
    label: 'Delivery workflow',
    items: [
      { slug: 'workflow' },
      { slug: 'workflow/planning' },
      { slug: 'workflow/development' },
      { slug: 'workflow/integration' },
      { slug: 'workflow/testing' },
      { slug: 'workflow/deployment' },
      { slug: 'workflow/maintenance' },
      { slug: 'workflow/incidents' },
    ],
  },
  {
    label: 'Roles',
    items: [
      { slug: 'roles/frontend' },
      { slug: 'roles/backend' },
      { slug: 'roles/collaboration' },
      { slug: 'roles/apis-vs-backend-services' },
    ],
  },
  {
    label: 'Integration',
    items: [
      { slug: 'integration' },
      { slug: 'integration/request-lifecycle' },
      { slug: 'integration/rest' },
      { slug: 'integration/graphql' },
      { slug: 'integration/json' },
      { slug: 'integration/websockets' },
      { slug: 'integration/api-conventions' },
    ],
  },
  {
    label: 'Choosing technology',
    items: [
      { slug: 'choosing' },
      { slug: 'choosing/backend' },
      { slug: 'choosing/databases' },
      { slug: 'choosing/rendering' },
    ],
  },
  {
    label: 'Backend team playbook',
    items: [
      { slug: 'playbook' },
      { slug: 'playbook/inputs' },
      { slug: 'playbook/process' },
      { slug: 'playbook/outputs' },
      { slug: 'playbook/templates' },
    ],
  },
  {
    label: 'Backend concepts',
    items: [
      { slug: 'concepts' },
      { slug: 'concepts/server-side-languages' },
      { slug: 'concepts/servers' },
      { slug: 'concepts/databases' },
      { slug: 'concepts/apis' },
      { slug: 'concepts/frameworks' },
      { slug: 'concepts/business-logic' },
      { slug: 'concepts/authentication-authorization' },
      { slug: 'concepts/ssr-vs-csr' },
      { slug: 'concepts/scalability-performance' },
      { slug: 'concepts/middleware' },
      { slug: 'concepts/external-services' },
      { slug: 'concepts/security' },
      { slug: 'concepts/testing' },
      { slug: 'concepts/devops-deployment' },
      { slug: 'concepts/logging-monitoring' },
    ],
  },
  { label: 'Checklists', link: '/checklists/' },
  { label: 'API reference', link: '/api/' },
  { label: 'Recent changes', link: '/changes/' },
];
