import { describe, expect, it } from 'vitest';
import { focusableTables } from '../../config/focusable-tables.ts';

describe('focusableTables', () => {
  it('gives a Markdown table a tab stop and a label naming its columns', () => {
    const html =
      '<p>x</p><table><thead><tr><th>Stage</th><th>Front &amp; end</th><th></th></tr></thead>' +
      '<tbody><tr><td>a</td><td>b</td><td>c</td></tr></tbody></table>';
    expect(focusableTables(html)).toBe(
      html.replace('<table>', '<table tabindex="0" aria-label="Table: Stage, Front &amp; end">'),
    );
  });

  it('names at most six columns, and a table without headers just "Table"', () => {
    const head = Array.from({ length: 8 }, (_, i) => `<th>C${i}</th>`).join('');
    expect(focusableTables(`<table><tr>${head}</tr></table>`)).toContain(
      'aria-label="Table: C0, C1, C2, C3, C4, C5"',
    );
    expect(focusableTables('<table><tr><td>1</td></tr></table>')).toContain('aria-label="Table"');
  });

  it('lets a caption name the table', () => {
    expect(focusableTables('<table><caption>Costs</caption><tr><th>A</th></tr></table>')).toBe(
      '<table tabindex="0"><caption>Costs</caption><tr><th>A</th></tr></table>',
    );
  });

  it("leaves components' tables (with attributes) and nested tables' headers alone", () => {
    const component = '<table class="cmp"><tr><th>A</th></tr></table>';
    expect(focusableTables(component)).toBe(component);
    expect(
      focusableTables(
        '<table><tr><th>Outer</th><td><table class="x"><tr><th>Inner</th></tr></table></td></tr></table>',
      ),
    ).toContain('<table tabindex="0" aria-label="Table: Outer">');
    const two = focusableTables('<table><tr><th>A</th></tr></table><table><tr><th>B</th></tr></table>');
    expect(two).toBe(
      '<table tabindex="0" aria-label="Table: A"><tr><th>A</th></tr></table><table tabindex="0" aria-label="Table: B"><tr><th>B</th></tr></table>',
    );
  });
});
