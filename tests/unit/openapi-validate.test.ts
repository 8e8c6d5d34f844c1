import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { pageDescription } from '../../src/lib/openapi/specs.ts';
import {
  formatProblem,
  lintConfigFor,
  SpecValidationError,
  validateSpec,
} from '../../src/lib/openapi/validate.ts';

const fixture = (name: string) => `tests/fixtures/apis/${name}.yaml`;

/** Runs validateSpec and returns the error it throws, or fails the test. */
async function validationError(file: string): Promise<SpecValidationError> {
  const error = await validateSpec(file).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SpecValidationError);
  return error as SpecValidationError;
}

describe('validateSpec', () => {
  it('bundles the projects reference spec with no errors or warnings', async () => {
    const { bundled, warnings } = await validateSpec('content/apis/projects.yaml');
    expect(warnings).toEqual([]);
    expect(bundled['openapi']).toBe('3.1.0');
    expect(Object.keys(bundled['paths'] as object)).toContain('/projects');
  });

  it('reports invalid YAML with the file, line and column', async () => {
    const error = await validationError(fixture('invalid-yaml'));
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatchObject({
      ruleId: 'yaml',
      file: fixture('invalid-yaml'),
      line: 9,
      column: 7,
    });
    expect(error.message).toContain('tests/fixtures/apis/invalid-yaml.yaml:9:7 error yaml: Invalid YAML');
  });

  it('reports a dangling $ref with its JSON pointer, line and rule', async () => {
    const error = await validationError(fixture('dangling-ref'));
    expect(error.problems).toEqual([
      expect.objectContaining({
        ruleId: 'no-unresolved-refs',
        pointer: '#/paths/~1things/get/responses/200/content/application~1json/schema',
        line: 22,
      }),
    ]);
    expect(error.message).toContain(
      'dangling-ref.yaml:22:17 error no-unresolved-refs at #/paths/~1things/get/responses/200/content/application~1json/schema',
    );
  });

  it('reports an operation without responses as a structural error', async () => {
    const error = await validationError(fixture('missing-responses'));
    const problem = error.problems.find((p) => p.ruleId === 'struct');
    expect(problem).toMatchObject({ pointer: '#/paths/~1things/post', line: 13 });
    expect(problem?.message).toMatch(/`responses` must be present/);
  });

  it('requires application/problem+json on 4xx responses, a rule we raised to error', async () => {
    const error = await validationError(fixture('plain-json-errors'));
    expect(error.problems).toEqual([
      expect.objectContaining({
        ruleId: 'operation-4xx-problem-details-rfc7807',
        pointer: expect.stringContaining('/404'),
      }),
    ]);
  });

  it('returns warnings instead of throwing when there are no errors', async () => {
    const { warnings } = await validateSpec(fixture('warnings-only'));
    expect(warnings.every((w) => w.severity === 'warn')).toBe(true);
    expect(formatProblem(warnings[0]!)).toMatch(
      /^tests\/fixtures\/apis\/warnings-only\.yaml:2:1 warn info-license at #\/info: /,
    );
  });

  it('reports a document that is not OpenAPI with the file, pointer and rule', async () => {
    const error = await validationError(fixture('not-openapi'));
    expect(error.problems).toEqual([expect.objectContaining({ ruleId: 'spec', pointer: '#/', line: 1 })]);
    expect(error.message).toContain('not-openapi.yaml:1:1 error spec at #/: Not an OpenAPI document');
  });
});

describe('redocly.yaml', () => {
  afterEach(() => {
    delete process.env['HANDBOOK_ROOT'];
  });

  it('relaxes a third-party spec through its apis.<id> entry, and only that spec', async () => {
    process.env['HANDBOOK_ROOT'] = 'tests/fixtures/api-site';
    const { warnings } = await validateSpec('tests/fixtures/api-site/content/apis/vendor-pets.yaml');
    expect(warnings.some((w) => w.ruleId === 'remote-resource')).toBe(true);
    // Without its entry, the house rules reject it.
    delete process.env['HANDBOOK_ROOT'];
    const error = await validationError('tests/fixtures/api-site/content/apis/vendor-pets.yaml');
    expect(error.problems.map((p) => p.ruleId)).toContain('operation-operationId');
  });

  it('converts Swagger 2.0, with a warning naming the file', async () => {
    process.env['HANDBOOK_ROOT'] = 'tests/fixtures/api-site';
    const file = 'tests/fixtures/api-site/content/apis/legacy-inventory.yaml';
    const { bundled, warnings, convertedFrom } = await validateSpec(file);
    expect(bundled['openapi']).toMatch(/^3\.0\./);
    expect(convertedFrom).toBe('Swagger 2.0');
    expect(warnings.map(formatProblem)).toContainEqual(
      expect.stringMatching(
        /^tests\/fixtures\/api-site\/content\/apis\/legacy-inventory\.yaml:1:1 warn swagger2openapi/,
      ),
    );
  });

  it('refuses an entry that relaxes a structural rule', async () => {
    process.env['HANDBOOK_ROOT'] = 'tests/fixtures/lint-override';
    await expect(lintConfigFor('tests/fixtures/lint-override/content/apis/loose.yaml')).rejects.toThrow(
      /apis\.loose sets `no-unresolved-refs` to "off"\. Structural rules cannot be relaxed/,
    );
  });

  it('gives the same verdict as `npx @redocly/cli lint` on every spec', { timeout: 180_000 }, async () => {
    const run = promisify(execFile);
    const cli = join(process.cwd(), 'node_modules/@redocly/cli/bin/cli.js');
    const roots = ['.', 'tests/fixtures/api-site'];
    const cases = [
      ...roots.flatMap((root) =>
        readdirSync(join(root, 'content/apis')).map((f) => ({ root, file: join(root, 'content/apis', f) })),
      ),
      ...readdirSync('tests/fixtures/apis')
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => ({ root: '.', file: join('tests/fixtures/apis', f) })),
    ];
    expect(cases.length).toBeGreaterThan(5);
    const verdicts = [];
    for (const { root, file } of cases) {
      process.env['HANDBOOK_ROOT'] = root;
      const build = await validateSpec(file).then(
        () => 'pass',
        () => 'fail',
      );
      const lint = await run(process.execPath, [cli, 'lint', relative(root, file)], { cwd: root }).then(
        () => 'pass',
        () => 'fail',
      );
      verdicts.push({ file, build, lint });
    }
    expect(verdicts.filter((v) => v.build !== v.lint)).toEqual([]);
    expect(new Set(verdicts.map((v) => v.build))).toEqual(new Set(['pass', 'fail']));
  });
});

describe('pageDescription', () => {
  it('fits 20-200 characters whatever info holds', () => {
    for (const summary of ['', 'Pets.', 'x'.repeat(5000), 'word '.repeat(100)]) {
      const d = pageDescription('Some API', '1.0', summary);
      expect(d.length, summary.slice(0, 20)).toBeGreaterThanOrEqual(20);
      expect(d.length).toBeLessThanOrEqual(160);
    }
    expect(pageDescription('Pets', '2', 'Pets.')).toBe(
      'Pets. Reference for the Pets 2, rendered from its OpenAPI spec.',
    );
  });
});
