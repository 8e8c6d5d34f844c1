import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  findOperation,
  listOperations,
  loadSpecs,
  redocOperationAnchor,
} from '../../src/lib/openapi/specs.ts';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

describe('listOperations', () => {
  it('lists operations in document order with method, tag and Redoc anchor', () => {
    const ops = listOperations({
      paths: {
        '/a': {
          get: { operationId: 'listA', tags: ['Things'], summary: 'List' },
          post: { operationId: 'makeA' },
        },
        '/b': { delete: { operationId: 'dropB', description: '  Gone.  ' } },
      },
    });
    expect(ops.map((o) => [o.method, o.path, o.operationId, o.tag, o.anchor])).toEqual([
      ['GET', '/a', 'listA', 'Things', 'tag/Things/operation/listA'],
      ['POST', '/a', 'makeA', '', 'operation/makeA'],
      ['DELETE', '/b', 'dropB', '', 'operation/dropB'],
    ]);
    expect(ops[2]!.description).toBe('Gone.');
    expect(listOperations({})).toEqual([]);
  }, 120_000); // The first call loads and compiles Redoc for its slugger.
});

describe('the specs in content/apis/', () => {
  it('load with every operation the YAML defines', async () => {
    const specs = await loadSpecs();
    expect(specs.length).toBeGreaterThan(0);
    for (const spec of specs) {
      const raw = parse(readFileSync(spec.file, 'utf8')) as {
        paths?: Record<string, Record<string, unknown>>;
      };
      const expected = Object.values(raw.paths ?? {}).flatMap((item) =>
        METHODS.filter((m) => m in item && typeof item[m] === 'object'),
      ).length;
      expect(spec.operations, spec.file).toHaveLength(expected);
    }
  }, 120_000);

  it('find an operation, and name what exists when the spec or operationId is wrong', async () => {
    const [spec] = await loadSpecs();
    const op = spec!.operations[0]!;
    const found = await findOperation(spec!.id, op.operationId);
    expect(found.operation.anchor).toBe(redocOperationAnchor(op.tag, op.operationId));
    await expect(findOperation('no-such-spec', 'x')).rejects.toThrow(
      /<ApiOperation spec="no-such-spec">: no spec content\/apis\/no-such-spec\.yaml \(or \.json\)\. Known specs: /,
    );
    await expect(findOperation(spec!.id, 'noSuchOperation')).rejects.toThrow(
      new RegExp(`no such operationId in ${spec!.file}\\. Known operationIds: ${op.operationId}`),
    );
  }, 120_000);
});
