import { describe, expect, it } from 'vitest';
import { trackerIssueUrl } from '../../src/lib/checklist-export.ts';
import {
  MAX_QUOTE_LENGTH,
  problemIssueUrl,
  quoteMarkdown,
  reviewIssueUrl,
} from '../../src/lib/page-issue.ts';

const page = {
  title: 'Backend engineering',
  url: 'https://handbook.example.com/roles/backend/',
  ownerId: 'backend-guild',
  ownerName: 'Backend guild',
  ownerHandle: '@example/backend-guild',
};
const github = { tracker: 'github', newIssueUrl: 'https://github.com/o/handbook/issues/new' } as const;

describe('report-a-problem issue URL', () => {
  it('prefills title, page link, owner handle and the owner label, without a selection', () => {
    const url = new URL(problemIssueUrl(github, page));
    expect(url.pathname).toBe('/o/handbook/issues/new');
    expect(url.searchParams.get('title')).toBe('Problem on "Backend engineering"');
    expect(url.searchParams.get('labels')).toBe('owner:backend-guild');
    const body = url.searchParams.get('body')!;
    expect(body).toContain('Page: [Backend engineering](https://handbook.example.com/roles/backend/)');
    expect(body).toContain('Owner: Backend guild (@example/backend-guild)');
    expect(body).not.toContain('> ');
  });

  it('quotes the selected text, every line of it', () => {
    const body = new URL(
      problemIssueUrl(github, page, '  Input is validated.\nThen it runs.  '),
    ).searchParams.get('body')!;
    expect(body).toContain('About this passage:\n\n> Input is validated.\n> Then it runs.\n');
  });

  it('cuts a very long selection at a word, so the URL stays complete', () => {
    const quote = quoteMarkdown('word '.repeat(1000));
    expect(quote.length).toBeLessThanOrEqual(MAX_QUOTE_LENGTH + 3);
    expect(quote.endsWith('word…')).toBe(true);
    const body = new URL(problemIssueUrl(github, page, 'word '.repeat(1000))).searchParams.get('body')!;
    expect(body).toContain('What is wrong');
  });

  it('labels a GitLab issue with a quick action, since its URL takes no label names', () => {
    const gitlab = { tracker: 'gitlab', newIssueUrl: 'https://gitlab.com/o/handbook/-/issues/new' } as const;
    const url = new URL(problemIssueUrl(gitlab, page, 'x'));
    expect(url.searchParams.get('issue[title]')).toBe('Problem on "Backend engineering"');
    expect(url.searchParams.get('issue[description]')).toMatch(/\n\/label ~"owner:backend-guild"\n$/);
    expect(url.searchParams.has('labels')).toBe(false);
  });

  it('keeps GitHub labels even when the body is too long for the URL', () => {
    const result = trackerIssueUrl('github', github.newIssueUrl, 'T', 'x'.repeat(9000), undefined, [
      'a',
      'b',
    ]);
    expect(result.complete).toBe(false);
    expect(new URL(result.url).searchParams.get('labels')).toBe('a,b');
  });
});

describe('review issue URL', () => {
  it('asks the owner to review and names the file and dates', () => {
    const url = new URL(
      reviewIssueUrl(github, page, 'content/handbook/roles/backend.mdx', '2025-01-01', '2025-07-01'),
    );
    expect(url.searchParams.get('title')).toBe('Review "Backend engineering"');
    expect(url.searchParams.get('labels')).toBe('owner:backend-guild,review');
    const body = url.searchParams.get('body')!;
    expect(body).toContain('Last reviewed 2025-01-01; the review was due 2025-07-01.');
    expect(body).toContain('`content/handbook/roles/backend.mdx`');
  });
});
