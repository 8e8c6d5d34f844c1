import { describe, expect, it } from 'vitest';
import { filterDocument, pageSlug, splitOperations } from '../../src/lib/openapi/split.ts';
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
