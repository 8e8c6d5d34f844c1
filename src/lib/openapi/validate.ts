import { relative } from 'node:path';
import {
  bundle,
  createConfig,
  getLineColLocation,
  lint,
  YamlParseError,
  type Config,
  type NormalizedProblem,
} from '@redocly/openapi-core';

/**
 * Changes to Redocly's `recommended` ruleset for the handbook's specs, each
 * raised to `error` so that a spec cannot drift from our API conventions
 * (content/handbook/integration/api-conventions.mdx). Rule docs:
 * https://redocly.com/docs/cli/rules/built-in-rules
 */
export const RULE_CHANGES = {
  /** Our error format: every 4xx response is `application/problem+json` (was `off`). */
  'operation-4xx-problem-details-rfc7807': 'error',
  /** Every operation documents at least one 4xx response (was `warn`). */
  'operation-4xx-response': 'error',
  /** `<ApiOperation>` and deep links need an operationId on every operation (was `warn`). */
  'operation-operationId': 'error',
  /** Examples must match their schemas, or the reference teaches wrong payloads (was `warn`). */
  'no-invalid-media-type-examples': 'error',
  'no-invalid-parameter-examples': 'error',
  /** Redoc renders tag descriptions as section intros; an empty one is a hole in the page (was `warn`). */
  'tag-description': 'error',
  /** Raw HTML in Markdown is dropped by Redoc's sanitiser anyway; fail early instead (was `warn`). */
  'no-unsafe-markdown': 'error',
} as const;

/** One lint or bundling finding, located in the source file. */
export interface SpecProblem {
  severity: 'error' | 'warn';
  /** Redocly rule id, e.g. `no-unresolved-refs`, or `yaml` for a parse error. */
  ruleId: string;
  message: string;
  /** File path relative to the working directory, e.g. `content/apis/projects.yaml`. */
  file: string;
  /** JSON pointer into that file, e.g. `#/paths/~1projects/get`; empty for parse errors. */
  pointer: string;
  /** 1-based line and column. */
  line: number;
  column: number;
}

/** Thrown when a spec has errors; `message` lists every error, one per line. */
export class SpecValidationError extends Error {
  /** The spec's path, relative to the working directory. */
  readonly file: string;
  /** Every error found, in file order. */
  readonly problems: SpecProblem[];

  constructor(file: string, problems: SpecProblem[]) {
    super(
      `${file}: ${problems.length} OpenAPI error(s). Fix them (rules: https://redocly.com/docs/cli/rules/built-in-rules):\n` +
        problems.map((p) => `  ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'SpecValidationError';
    this.file = file;
    this.problems = problems;
  }
}

/** The result of validating one spec: the bundled document and any warnings. */
export interface ValidatedSpec {
  /** The spec with external `$ref`s inlined, ready for Redoc and for download. */
  bundled: Record<string, unknown>;
  warnings: SpecProblem[];
}

let configPromise: Promise<Config> | undefined;

/** Redocly's `recommended` ruleset plus {@link RULE_CHANGES}, created once. */
export function lintConfig(): Promise<Config> {
  configPromise ??= createConfig({ extends: ['recommended'], rules: { ...RULE_CHANGES } });
  return configPromise;
}

/**
 * Formats a problem as `file:line:column severity rule at pointer: message`,
 * the shape editors and CI logs turn into clickable links.
 *
 * @example formatProblem(p) // 'content/apis/x.yaml:13:5 error struct at #/paths/~1things/post: The field `responses` must be present on this level.'
 */
export function formatProblem(p: SpecProblem): string {
  const where = p.pointer ? ` at ${p.pointer}` : '';
  return `${p.file}:${p.line}:${p.column} ${p.severity} ${p.ruleId}${where}: ${p.message}`;
}

/** Converts Redocly's problem (location by pointer and source) to a {@link SpecProblem}. */
function toSpecProblem(problem: NormalizedProblem, fallbackFile: string): SpecProblem {
  const location = problem.location[0];
  const lineCol = location ? getLineColLocation(location) : undefined;
  return {
    severity: problem.severity,
    ruleId: problem.ruleId,
    message: problem.message,
    file: location ? relative(process.cwd(), location.source.absoluteRef) : fallbackFile,
    pointer: location?.pointer ?? '',
    line: lineCol?.start.line ?? 1,
    column: lineCol?.start.col ?? 1,
  };
}

/**
 * Lints and bundles one OpenAPI 3.0 or 3.1 file with @redocly/openapi-core.
 *
 * @param file Path to the spec, e.g. `content/apis/projects.yaml`.
 * @returns The bundled spec and the warnings, which the caller should print.
 * @throws {SpecValidationError} If the YAML does not parse, or lint or bundling
 *   reports an error (an unresolved `$ref`, a missing `responses`, an example
 *   that does not match its schema...). The message names the file, line,
 *   column, JSON pointer and rule of each error.
 */
export async function validateSpec(file: string): Promise<ValidatedSpec> {
  const displayFile = relative(process.cwd(), file);
  const config = await lintConfig();
  let lintProblems: NormalizedProblem[];
  try {
    lintProblems = await lint({ ref: file, config });
  } catch (error) {
    if (error instanceof YamlParseError) {
      throw new SpecValidationError(displayFile, [
        {
          severity: 'error',
          ruleId: 'yaml',
          message: `Invalid YAML: ${error.message.replace(/ in "[^"]*" \(\d+:\d+\)$/, '')}`,
          file: displayFile,
          pointer: '',
          line: error.line || 1,
          column: error.col || 1,
        },
      ]);
    }
    throw error;
  }
  const result = await bundle({ ref: file, config, dereference: false });
  const seen = new Set<string>();
  const problems = [...lintProblems, ...result.problems]
    .filter((p) => !p.ignored)
    .map((p) => toSpecProblem(p, displayFile))
    .filter((p) => {
      // Lint (`no-unresolved-refs`) and the bundler (`bundler`) both report
      // an unresolved $ref at the same place; keep lint's, which comes first.
      const key = `${p.file}:${p.line}:${p.column}:${p.pointer}:${p.message}`;
      return seen.has(key) ? false : (seen.add(key), true);
    });
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new SpecValidationError(displayFile, errors);
  return {
    bundled: result.bundle.parsed as Record<string, unknown>,
    warnings: problems.filter((p) => p.severity === 'warn'),
  };
}
