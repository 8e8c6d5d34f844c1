import { stringify } from 'yaml';
import type { ChecklistData } from '../schemas/checklist.ts';
import { toIssueBody } from './checklist-export.ts';
import { toChecklistExport } from './checklist-export-data.ts';

/** A file to write, relative to the target folder. */
export interface TemplateFile {
  path: string;
  content: string;
}

/**
 * Issue templates for every checklist, from the same data as the pages.
 *
 * - GitHub: `.github/ISSUE_TEMPLATE/<id>.md`, Markdown with YAML front
 *   matter (`name`, `about`, `title`, `labels`), as described in
 *   https://docs.github.com/en/communities/using-templates-to-encourage-useful-issues-and-pull-requests/manually-creating-a-single-issue-template-for-your-repository
 * - GitLab: `.gitlab/issue_templates/<id>.md`, plain Markdown; GitLab names
 *   the template after the file (https://docs.gitlab.com/user/project/description_templates/).
 *
 * The body is the purpose, a link to the handbook and the unticked task list.
 *
 * @param siteUrl Origin for the links back to the handbook, e.g. `https://handbook.example.com`.
 */
export function issueTemplates(checklists: readonly ChecklistData[], siteUrl: string): TemplateFile[] {
  return checklists.flatMap((data) => {
    const body = toIssueBody(toChecklistExport(data, siteUrl), new Set());
    const frontMatter = stringify(
      {
        name: data.title,
        about: data.purpose.replace(/\s+/g, ' ').trim(),
        title: `${data.title}: `,
        labels: ['checklist'],
      },
      { lineWidth: 0 },
    );
    return [
      { path: `.github/ISSUE_TEMPLATE/${data.id}.md`, content: `---\n${frontMatter}---\n\n${body}` },
      { path: `.gitlab/issue_templates/${data.id}.md`, content: body },
    ];
  });
}
