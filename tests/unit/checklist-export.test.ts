import { describe, expect, it } from 'vitest';
import {
  MAX_ISSUE_URL_LENGTH,
  toIssueBody,
  toJiraChecklist,
  toMarkdownDocument,
  toMarkdownTaskList,
  trackerIssueUrl,
  type ChecklistExport,
} from '../../src/lib/checklist-export.ts';
import { toChecklistExport } from '../../src/lib/checklist-export-data.ts';
import { issueTemplates } from '../../src/lib/issue-templates.ts';
import { checklistSchema } from '../../src/schemas/checklist.ts';

const data = checklistSchema.parse({
  id: 'security-review',
  title: 'Security review',
  purpose: 'Catch common **web** vulnerabilities.',
  audience: ['backend'],
  stage: 'development',
  sections: [
    {
      title: 'Injection',
      items: [
        { id: 'parameterised-queries', text: 'Use **parameterised queries** ([why](/concepts/security/))' },
        { id: 'no-eval', text: 'Never pass input to `eval`' },
      ],
    },
    { title: 'Secrets', items: [{ id: 'no-secrets', text: 'No secrets in the repository' }] },
  ],
});
const checklist: ChecklistExport = toChecklistExport(data, 'https://handbook.example.com/');
const url = 'https://handbook.example.com/checklists/security-review/';

describe('toChecklistExport', () => {
  it('gives absolute URLs, plain text for Jira and Markdown with absolute links for tickets', () => {
    expect(checklist.url).toBe(url);
    expect(checklist.purpose).toBe('Catch common web vulnerabilities.');
    expect(checklist.sections[0]!.items[0]).toMatchObject({
      text: 'Use parameterised queries (why)',
      markdown: 'Use **parameterised queries** ([why](https://handbook.example.com/concepts/security/))',
    });
  });
});

describe('Markdown task list', () => {
  it('writes one task line per item with its tick and a link back to the item', () => {
    expect(toMarkdownTaskList(checklist, new Set(['no-eval']))).toBe(
      [
        '### Injection',
        '',
        `- [ ] Use **parameterised queries** ([why](https://handbook.example.com/concepts/security/)) ([handbook](${url}#parameterised-queries))`,
        `- [x] Never pass input to \`eval\` ([handbook](${url}#no-eval))`,
        '',
        '### Secrets',
        '',
        `- [ ] No secrets in the repository ([handbook](${url}#no-secrets))`,
      ].join('\n'),
    );
  });

  it('wraps the list in a document with the title, purpose and source', () => {
    const doc = toMarkdownDocument(checklist, new Set());
    expect(
      doc.startsWith(
        `# Security review\n\nCatch common web vulnerabilities.\n\nSource: ${url}\n\n### Injection`,
      ),
    ).toBe(true);
    expect(doc.endsWith('#no-secrets))\n')).toBe(true);
  });
});

describe('Jira checklist', () => {
  it('uses Smart Checklist markup: ## headers, - open, + done, > link', () => {
    expect(toJiraChecklist(checklist, new Set(['parameterised-queries']))).toBe(
      [
        '## Injection',
        '+ Use parameterised queries (why)',
        `> ${url}#parameterised-queries`,
        '- Never pass input to eval',
        `> ${url}#no-eval`,
        '## Secrets',
        '- No secrets in the repository',
        `> ${url}#no-secrets`,
        '',
      ].join('\n'),
    );
  });
});

describe('tracker new-issue URLs', () => {
  const body = toIssueBody(checklist, new Set(['no-eval']));

  it('prefills GitHub with title and body', () => {
    const { url: issue, complete } = trackerIssueUrl(
      'github',
      'https://github.com/o/r/issues/new',
      'Security review',
      body,
    );
    expect(complete).toBe(true);
    const parsed = new URL(issue);
    expect(parsed.pathname).toBe('/o/r/issues/new');
    expect(parsed.searchParams.get('title')).toBe('Security review');
    expect(parsed.searchParams.get('body')).toBe(body);
  });

  it('prefills GitLab with issue[title] and issue[description]', () => {
    const { url: issue } = trackerIssueUrl('gitlab', 'https://gitlab.com/o/r/-/issues/new', 'T', body);
    const parsed = new URL(issue);
    expect(parsed.searchParams.get('issue[title]')).toBe('T');
    expect(parsed.searchParams.get('issue[description]')).toBe(body);
  });

  it('prefills Linear with title and description', () => {
    const { url: issue } = trackerIssueUrl('linear', 'https://linear.app/o/team/WEB/new', 'T', body);
    expect(new URL(issue).searchParams.get('description')).toBe(body);
  });

  it('drops the body when the URL would pass the limit, so the caller copies it instead', () => {
    const long = 'x'.repeat(MAX_ISSUE_URL_LENGTH);
    const result = trackerIssueUrl('github', 'https://github.com/o/r/issues/new', 'T', long);
    expect(result).toEqual({ url: 'https://github.com/o/r/issues/new?title=T', complete: false });
  });

  it('keeps a URL of exactly the limit and drops one a character longer', () => {
    const base = 'https://github.com/o/r/issues/new';
    const overhead = trackerIssueUrl('github', base, 'T', '').url.length;
    expect(trackerIssueUrl('github', base, 'T', 'a'.repeat(100), overhead + 100).complete).toBe(true);
    expect(trackerIssueUrl('github', base, 'T', 'a'.repeat(101), overhead + 100).complete).toBe(false);
  });
});

describe('issue templates', () => {
  it('writes a GitHub template with front matter and a GitLab template with the same body', () => {
    const [github, gitlab] = issueTemplates([data], 'https://handbook.example.com');
    expect(github!.path).toBe('.github/ISSUE_TEMPLATE/security-review.md');
    expect(github!.content).toMatch(
      /^---\nname: Security review\nabout: Catch common \*\*web\*\* vulnerabilities\.\n/,
    );
    expect(github!.content).toMatch(/\nlabels:\n {2}- checklist\n---\n\n/);
    expect(gitlab).toEqual({
      path: '.gitlab/issue_templates/security-review.md',
      content: toIssueBody(checklist, new Set()),
    });
    expect(github!.content.endsWith(gitlab!.content)).toBe(true);
  });
});
