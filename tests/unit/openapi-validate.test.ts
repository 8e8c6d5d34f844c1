import { describe, expect, it } from 'vitest';
import { formatProblem, SpecValidationError, validateSpec } from '../../src/lib/openapi/validate.ts';

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
});
