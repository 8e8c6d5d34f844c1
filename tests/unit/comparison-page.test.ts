import { describe, expect, it } from 'vitest';
import { comparisonPageProblem, docsIdOf } from '../../src/lib/comparison-page.ts';

const docs = [
  { id: 'choosing/backend', body: 'Intro\n\n<Comparison id="backend-stacks" />\n' },
  { id: 'integration/index', body: "<Comparison  headingLevel={3} id='rest-graphql' />" },
  { id: 'index', body: 'Home' },
];

describe('comparisonPageProblem', () => {
  it('accepts a page that embeds the comparison', () => {
    expect(comparisonPageProblem('backend-stacks', '/choosing/backend/', docs)).toBeUndefined();
    expect(comparisonPageProblem('rest-graphql', '/integration/', docs)).toBeUndefined();
  });

  it('names the YAML file and the fix when the page does not exist', () => {
    expect(comparisonPageProblem('backend-stacks', '/choosing/backends/', docs)).toBe(
      'content/comparisons/backend-stacks.yaml: `page: /choosing/backends/` is not a handbook page (no content/handbook/choosing/backends.mdx). Set `page` to the path of the page that shows the table.',
    );
  });

  it('names the YAML file and the fix when the page does not embed the table', () => {
    expect(comparisonPageProblem('backend-stacks', '/', docs)).toMatch(
      /^content\/comparisons\/backend-stacks\.yaml: `page: \/` does not show this table\. Add `<Comparison id="backend-stacks" \/>`/,
    );
    // A different comparison's id does not count, nor a prefix of it.
    expect(comparisonPageProblem('backend', '/choosing/backend/', docs)).toMatch(/does not show this table/);
  });
});

describe('docsIdOf', () => {
  it('maps page paths to docs entry ids', () => {
    expect(docsIdOf('/choosing/backend/')).toBe('choosing/backend');
    expect(docsIdOf('/')).toBe('index');
  });
});
