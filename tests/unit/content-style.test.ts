import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import {
  checkHttpBlock,
  checkJsonText,
  checkOpenApi,
  checkPage,
  extractFencedBlocks,
  parseHttpBlock,
} from '../../src/lib/content-style.ts';

/** Every page of the handbook, as `[path, source]`. */
function pages(dir = 'content/handbook'): [string, string][] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return pages(path);
    return /\.mdx?$/.test(entry.name) ? [[path, readFileSync(path, 'utf8')] as [string, string]] : [];
  });
}

const rules = (violations: { rule: string }[]) => violations.map((v) => v.rule);

describe('the house style in the handbook itself', () => {
  const all = pages();

  it('finds the examples it is meant to check', () => {
    const blocks = all.flatMap(([, source]) => extractFencedBlocks(source));
    // If extraction broke, the style checks below would pass on nothing.
    expect(blocks.filter((b) => b.lang === 'http').length).toBeGreaterThan(20);
    expect(blocks.filter((b) => b.lang === 'json').length).toBeGreaterThan(3);
    const responses = blocks
      .filter((b) => b.lang === 'http')
      .flatMap((b) => parseHttpBlock(b.code))
      .filter((m) => m.kind === 'response');
    expect(responses.length).toBeGreaterThan(10);
  });

  it('every JSON and HTTP example on every page follows the casing, envelope and status rules', () => {
    const violations = all.flatMap(([path, source]) => checkPage(source, path));
    expect(violations).toEqual([]);
  });

  it('the Projects API spec follows them in its schemas, parameters and examples', () => {
    const spec: unknown = parseYaml(readFileSync('content/apis/projects.yaml', 'utf8'));
    expect(checkOpenApi(spec)).toEqual([]);
  });
});

describe('checkJsonText', () => {
  it('accepts snake_case members and the house list envelope', () => {
    expect(checkJsonText('{"data": [{"id": "prj_1", "created_at": "x"}], "next_cursor": null}', 'x')).toEqual(
      [],
    );
  });

  it('rejects camelCase members, other envelopes and top-level arrays', () => {
    expect(rules(checkJsonText('{"id": "prj_1", "createdAt": "x"}', 'x'))).toEqual(['casing']);
    expect(rules(checkJsonText('{"items": [{"id": "a"}], "nextCursor": "c"}', 'x'))).toEqual([
      'envelope',
      'envelope',
    ]);
    expect(rules(checkJsonText('[{"id": "a"}]', 'x'))).toEqual(['envelope']);
    expect(rules(checkJsonText('{"data": [{"id": "a"}]}', 'x'))).toEqual(['envelope']);
    expect(rules(checkJsonText('{"next_cursor": "c"}', 'x'))).toEqual(['envelope']);
  });

  it('checks the quoted members of an example shortened with "..."', () => {
    expect(rules(checkJsonText('{ "ownerId": "usr_1", ... }', 'x'))).toEqual(['casing']);
    expect(checkJsonText('{ "owner_id": "usr_1", ... }', 'x')).toEqual([]);
  });

  it('checks only property names in a JSON Schema, not its keywords', () => {
    const good =
      '{"$schema": "s", "type": "object", "additionalProperties": false, "properties": {"due_on": {"minLength": 1}}}';
    expect(checkJsonText(good, 'x')).toEqual([]);
    const bad = good.replace('due_on', 'dueOn');
    expect(rules(checkJsonText(bad, 'x'))).toEqual(['casing']);
  });
});

describe('checkHttpBlock', () => {
  const ok = [
    'HTTP/1.1 200 OK',
    'Content-Type: application/json',
    'ETag: "3f2a9c"',
    '',
    '{"id": "prj_1"}',
  ].join('\n');

  it('accepts a correct response', () => {
    expect(checkHttpBlock(ok, 'x')).toEqual([]);
  });

  it('rejects a status outside the table, a wrong reason phrase and an unknown version', () => {
    expect(rules(checkHttpBlock('HTTP/1.1 501 Not Implemented', 'x'))).toEqual(['status-line']);
    expect(rules(checkHttpBlock('HTTP/1.1 422 Unprocessable Entity', 'x'))).toEqual(['status-line']);
    expect(rules(checkHttpBlock('HTTP/1.0 200 OK', 'x'))).toEqual(['status-line']);
    expect(rules(checkHttpBlock('FETCH /v1/projects HTTP/1.1', 'x'))).toEqual([]);
    expect(rules(checkHttpBlock('GET /v1/projects HTTP/9', 'x'))).toEqual(['status-line']);
  });

  it('requires problem details whose status repeats the code', () => {
    const plain = ['HTTP/1.1 404 Not Found', 'Content-Type: text/plain', '', 'not found'].join('\n');
    expect(rules(checkHttpBlock(plain, 'x'))).toEqual(['problem']);
    const mismatch = [
      'HTTP/1.1 412 Precondition Failed',
      'Content-Type: application/problem+json',
      '',
      '{"status": 409}',
    ];
    expect(rules(checkHttpBlock(mismatch.join('\n'), 'x'))).toEqual(['problem']);
  });

  it('requires Location on 201, no body on 204 and a challenge on 401', () => {
    expect(rules(checkHttpBlock('HTTP/1.1 201 Created', 'x'))).toEqual(['status-line']);
    expect(rules(checkHttpBlock('HTTP/1.1 204 No Content\n\n{"id": "a"}', 'x'))).toContain('status-line');
    const challenge = 'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="projects"';
    expect(checkHttpBlock(challenge, 'x')).toEqual([]);
    expect(rules(checkHttpBlock('HTTP/1.1 401 Unauthorized', 'x'))).toEqual(['status-line']);
  });

  it('tells a weak entity tag from a strong one that only looks weak', () => {
    expect(checkHttpBlock('HTTP/1.1 200 OK\nETag: W/"3f2a9c"', 'x')).toEqual([]);
    expect(rules(checkHttpBlock('HTTP/1.1 200 OK\nETag: "W/3f2a9c"', 'x'))).toEqual(['etag']);
    expect(rules(checkHttpBlock('PATCH /v1/projects/prj_1 HTTP/1.1\nIf-Match: 3f2a9c', 'x'))).toEqual([
      'etag',
    ]);
  });

  it('checks both messages of a block that holds a request and its response', () => {
    const pair = [
      'GET /v1/projects HTTP/1.1',
      '',
      'HTTP/1.1 200 OK',
      'Content-Type: application/json',
      '',
      '{"items": []}',
    ];
    expect(parseHttpBlock(pair.join('\n')).map((m) => m.kind)).toEqual(['request', 'response']);
    expect(rules(checkHttpBlock(pair.join('\n'), 'x'))).toEqual(['envelope']);
  });
});

describe('checkPage', () => {
  it('checks JSON in inline code and quoted members in other code blocks, but not GraphQL', () => {
    const page = [
      '| Timestamp | `"createdAt": "2026-11-21T09:30:00Z"` |',
      '',
      '```text',
      'data: {"projectId":"prj_42"}',
      '```',
      '',
      '```graphql',
      'query { project(id: "prj_1") { createdAt } }',
      '```',
    ].join('\n');
    expect(checkPage(page, 'page.mdx').map((v) => v.where)).toEqual(['page.mdx:4', 'page.mdx:1']);
  });
});

describe('checkOpenApi', () => {
  const spec = (override: Record<string, unknown> = {}) => ({
    paths: {
      '/things': {
        get: {
          parameters: [{ name: 'owner_id', in: 'query' }],
          responses: {
            '200': { description: 'ok' },
            '404': { $ref: '#/components/responses/NotFound' },
          },
        },
      },
    },
    components: {
      responses: {
        NotFound: {
          content: {
            'application/problem+json': { examples: { a: { value: { title: 'Not found', status: 404 } } } },
          },
        },
      },
      schemas: {
        ThingPage: {
          type: 'object',
          required: ['data', 'next_cursor'],
          properties: { data: { type: 'array' }, next_cursor: { type: 'string' } },
        },
        Thing: {
          type: 'object',
          required: ['id', 'created_at'],
          properties: { id: {}, created_at: {} },
          example: { id: 't_1', created_at: 'x' },
        },
      },
      ...override,
    },
  });

  it('accepts a spec in the house style', () => {
    expect(checkOpenApi(spec())).toEqual([]);
  });

  it('rejects camelCase properties, required entries, query parameters and examples', () => {
    const bad = spec();
    const thing = bad.components.schemas.Thing as Record<string, unknown>;
    thing['properties'] = { id: {}, createdAt: {} };
    thing['required'] = ['id', 'createdAt'];
    thing['example'] = { id: 't_1', createdAt: 'x' };
    bad.paths['/things'].get.parameters[0]!.name = 'ownerId';
    expect(rules(checkOpenApi(bad))).toEqual(['casing', 'casing', 'casing', 'casing']);
  });

  it('rejects a list page with another envelope, a status outside the table and a mismatched problem', () => {
    const bad = spec();
    bad.components.schemas.ThingPage.required = ['items', 'next_cursor'];
    const responses = bad.paths['/things'].get.responses as Record<string, unknown>;
    responses['501'] = { description: 'later' };
    bad.components.responses.NotFound.content['application/problem+json'].examples.a.value.status = 400;
    expect(rules(checkOpenApi(bad)).sort()).toEqual(
      ['casing'.replace('casing', 'envelope'), 'envelope', 'problem', 'status-line'].sort(),
    );
  });
});
