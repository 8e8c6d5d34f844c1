import { beforeAll, describe, expect, it } from 'vitest';
import { prerenderRedoc } from '../../src/integrations/redoc/ssr.ts';
import { prerenderPages } from '../../src/lib/openapi/pages.ts';
import { inlinePathItemRefs, listOperations } from '../../src/lib/openapi/specs.ts';
import {
  cutParts,
  filterDocument,
  operationBytes,
  pageSlug,
  splitOperations,
} from '../../src/lib/openapi/split.ts';
import { validateSpec } from '../../src/lib/openapi/validate.ts';
import type { ApiOperationInfo } from '../../src/lib/openapi/specs.ts';

const op = (tag: string, path: string, method = 'GET', webhook = false): ApiOperationInfo => ({
  operationId: `${method.toLowerCase()}${path.replace(/\W/g, '')}`,
  method,
  path,
  summary: path,
  description: '',
  tag,
  anchor: `tag/${tag}/operation/x`,
  webhook,
  page: '',
});

describe('splitOperations', () => {
  it('makes one page per tag, in tag order, and cuts large tags into parts', () => {
    const ops = [
      op('b', '/b1'),
      op('a', '/a1'),
      op('a', '/a2'),
      op('a', '/a3'),
      op('', 'hook', 'POST', true),
    ];
    const pages = splitOperations(ops, ['a', 'b'], 2);
    expect(pages.map((p) => [p.slug, p.name, p.part, p.parts, p.operations.length])).toEqual([
      ['a', 'a', 1, 2, 2],
      ['a-2', 'a', 2, 2, 1],
      ['b', 'b', 1, 1, 1],
      ['webhooks', 'Webhooks', 1, 1, 1],
    ]);
    expect(pages.flatMap((p) => p.operations)).toHaveLength(ops.length);
  });

  it('gives every page a distinct URL slug', () => {
    const pages = splitOperations(
      [op('A b', '/1'), op('a-b', '/2'), op('Code scanning: alerts', '/3')],
      [],
      40,
    );
    expect(pages.map((p) => p.slug)).toEqual(['a-b', 'a-b-tag', 'code-scanning-alerts']);
    expect(pageSlug('')).toBe('other');
  });
});

describe('cutParts', () => {
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

  it('cuts by count alone when sizes are all 0, filling each part', () => {
    expect(cutParts(Array(5).fill(0), 2, Infinity)).toEqual([2, 2, 1]);
    expect(cutParts([], 40, 100)).toEqual([]);
  });

  it('keeps every part within the byte budget, with as few parts as that allows, evened out', () => {
    const sizes = [50, 10, 10, 60, 20, 30, 40, 10];
    const parts = cutParts(sizes, 40, 100);
    expect(sum(parts)).toBe(sizes.length);
    let from = 0;
    const bytes = parts.map((n) => sum(sizes.slice(from, (from += n))));
    expect(Math.max(...bytes)).toBeLessThanOrEqual(100);
    // 230 bytes need 3 parts of at most 100; evened out, none is nearly empty.
    expect(parts).toHaveLength(3);
    expect(Math.min(...bytes)).toBeGreaterThanOrEqual(60);
  });

  it('evens out parts cut by count: 41 operations become 21 + 20, not 40 + 1', () => {
    expect(cutParts(Array(41).fill(10), 40, 10_000)).toEqual([21, 20]);
  });

  it('gives an operation larger than the budget a part of its own', () => {
    expect(cutParts([10, 500, 10, 10], 40, 100)).toEqual([1, 1, 2]);
  });
});

describe('Redoc-measured pages (operationBytes, prerenderPages) on the many-tags fixture', () => {
  const SITE = 'tests/fixtures/api-site';
  let bundled: Record<string, unknown>;
  let operations: ReturnType<typeof listOperations>;
  let html: string;
  beforeAll(async () => {
    process.env['HANDBOOK_ROOT'] = SITE;
    ({ bundled } = await validateSpec(`${SITE}/content/apis/many-tags.yaml`));
    inlinePathItemRefs(bundled);
    operations = listOperations(bundled);
    ({ html } = await prerenderRedoc('many-tags', bundled));
  }, 60_000);

  it("measures each operation's section in Redoc's HTML", () => {
    const sizes = operationBytes(html, operations);
    expect(sizes).toHaveLength(operations.length);
    expect(sizes.every((b) => b > 500)).toBe(true);
    // The sections tile the reference from the first one to the end.
    const first = Math.min(...operations.map((op) => html.indexOf(`data-section-id="${op.anchor}"`)));
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(html.length - html.lastIndexOf('<', first));
    expect(() => operationBytes(html, [{ ...operations[0]!, anchor: 'tag/none/operation/none' }])).toThrow(
      /no Redoc section for .*tag\/none\/operation\/none/,
    );
  });

  it('cuts tags into pages within the byte budget and prerenders each on its own operations', async () => {
    const sizes = operationBytes(html, operations);
    // A budget that fits two of the fixture's operations but not three.
    const budget = Math.max(...sizes) * 2 + 1;
    const warnings: string[] = [];
    const pages = await prerenderPages(
      'many-tags',
      'many-tags.yaml',
      bundled,
      operations,
      ((bundled['tags'] ?? []) as { name: string }[]).map((t) => t.name),
      { perPage: 40, pageBytes: budget },
      { info: () => {}, warn: (m) => warnings.push(m) },
    );
    expect(pages.flatMap((p) => p.operations)).toHaveLength(operations.length);
    expect(warnings).toEqual([]);
    for (const page of pages) {
      const own = operationBytes(page.prerendered!.html, page.operations);
      expect(
        own.reduce((a, b) => a + b, 0),
        page.slug,
      ).toBeLessThanOrEqual(budget);
      // Only this page's operations are in its HTML.
      for (const op of operations)
        expect(
          page.prerendered!.html.includes(`data-section-id="${op.anchor}"`),
          `${page.slug}: ${op.anchor}`,
        ).toBe(page.operations.includes(op));
    }
    // The largest tag (5 operations) needed more than the 40-per-page count alone gives.
    expect(pages.filter((p) => p.tag === 'repos').length).toBeGreaterThan(1);
  }, 60_000);

  it('warns when one operation alone is over the budget, and gives it a page of its own', async () => {
    const warnings: string[] = [];
    const pages = await prerenderPages(
      'many-tags',
      'many-tags.yaml',
      bundled,
      operations,
      [],
      { perPage: 40, pageBytes: 100 },
      { info: () => {}, warn: (m) => warnings.push(m) },
    );
    expect(pages.every((p) => p.operations.length === 1)).toBe(true);
    expect(warnings).toHaveLength(operations.length);
    expect(warnings[0]).toMatch(
      /many-tags\.yaml: \w+ \S+ renders to \d+ KB of HTML on its own, over the page budget/,
    );
  }, 60_000);
});

describe('filterDocument', () => {
  const spec = {
    openapi: '3.0.3',
    info: { title: 'T', version: '1' },
    tags: [{ name: 'a' }, { name: 'b' }],
    'x-tagGroups': [{ name: 'g', tags: ['a', 'b'] }],
    paths: {
      '/a': {
        parameters: [{ $ref: '#/components/parameters/P' }],
        get: { tags: ['a', 'b'], responses: { 200: { $ref: '#/components/responses/R' } } },
        post: { tags: ['b'], responses: {} },
      },
      '/b': { get: { tags: ['b'], responses: { 200: { description: 'x' } } } },
    },
    'x-webhooks': { hook: { post: { responses: { 200: { $ref: '#/components/schemas/Hook' } } } } },
    components: {
      parameters: { P: { name: 'p', in: 'query' } },
      responses: {
        R: {
          description: 'r',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/S' } } },
        },
      },
      schemas: { S: { properties: { self: { $ref: '#/components/schemas/S' } } }, Hook: {}, Unused: {} },
      securitySchemes: { key: { type: 'apiKey' } },
    },
  };

  it('keeps only the chosen operations, their first tag, and the components they reach', () => {
    const doc = filterDocument(spec, [op('a', '/a')]) as typeof spec;
    expect(Object.keys(doc.paths)).toEqual(['/a']);
    expect(Object.keys(doc.paths['/a'])).toEqual(['parameters', 'get']);
    expect(doc.paths['/a'].get.tags).toEqual(['a']);
    expect(doc.tags).toEqual([{ name: 'a' }]);
    expect(doc).not.toHaveProperty('x-tagGroups');
    expect(doc['x-webhooks']).toEqual({});
    expect(Object.keys(doc.components.schemas)).toEqual(['S']);
    expect(Object.keys(doc.components).sort()).toEqual([
      'parameters',
      'responses',
      'schemas',
      'securitySchemes',
    ]);
    // The input is not changed.
    expect(spec.paths['/a'].get.tags).toEqual(['a', 'b']);
  });

  it("keeps a 3.0 spec's x-webhooks when they are chosen", () => {
    const doc = filterDocument(spec, [op('', 'hook', 'POST', true)]) as typeof spec;
    expect(Object.keys(doc.paths)).toEqual([]);
    expect(Object.keys(doc['x-webhooks'])).toEqual(['hook']);
    expect(Object.keys(doc.components.schemas)).toEqual(['Hook']);
  });
});
