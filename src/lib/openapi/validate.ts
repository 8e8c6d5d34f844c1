import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import {
  bundle,
  detectSpec,
  loadConfig,
  getLineColLocation,
  lint,
  YamlParseError,
  type Config,
  type NormalizedProblem,
} from '@redocly/openapi-core';
import { unloadRemoteResources } from './remote-resources.ts';

const require = createRequire(import.meta.url);

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
  /** `Swagger 2.0` if the file was converted to OpenAPI 3.0, else ''. */
  convertedFrom: string;
}

const configs = new Map<string, Promise<Config>>();

/** Rules that find structural problems; no `apis.<id>` entry may relax them. */
const STRUCTURAL_RULES = ['struct', 'no-unresolved-refs'] as const;

/** The project root: `HANDBOOK_ROOT` (set by the Redoc integration for the site being built), else the working directory. */
export function projectRoot(): string {
  return process.env['HANDBOOK_ROOT'] ?? process.cwd();
}

/**
 * Loads `<root>/redocly.yaml` with @redocly/openapi-core's own loader (the
 * one Redocly CLI uses), once per root.
 *
 * @throws {Error} If the file is missing or invalid (Redocly's message).
 */
function loadLintConfig(root = projectRoot()): Promise<Config> {
  const configPath = join(root, 'redocly.yaml');
  let config = configs.get(configPath);
  if (!config) {
    if (!existsSync(configPath)) {
      throw new Error(
        `${configPath}: missing. The lint policy for content/apis/ lives in redocly.yaml at the project root.`,
      );
    }
    config = loadConfig({ configPath });
    configs.set(configPath, config);
  }
  return config;
}

/**
 * The `apis.<alias>` entry of redocly.yaml whose `root` is this file, as
 * Redocly CLI picks it when given a file path, or `undefined`.
 */
function apiAlias(config: Config, file: string): string | undefined {
  const base = config.configPath ? dirname(config.configPath) : projectRoot();
  const apis = config.resolvedConfig.apis ?? {};
  return Object.keys(apis).find((alias) => resolve(base, apis[alias]!.root) === resolve(file));
}

/**
 * The lint config for one spec: its `apis.<id>` entry if redocly.yaml has
 * one, else the root (house) ruleset.
 *
 * @throws {Error} If the entry relaxes a structural rule ({@link STRUCTURAL_RULES}).
 */
export async function lintConfigFor(file: string): Promise<Config> {
  const config = await loadLintConfig();
  const alias = apiAlias(config, file);
  if (!alias) return config;
  const forApi = config.forAlias(alias);
  for (const version of ['oas2', 'oas3_0', 'oas3_1'] as const) {
    for (const rule of STRUCTURAL_RULES) {
      const setting = forApi.getRuleSettings(rule, version).severity;
      if (setting !== 'error') {
        throw new Error(
          `${relative(process.cwd(), config.configPath ?? 'redocly.yaml')}: apis.${alias} sets \`${rule}\` to "${setting}". ` +
            'Structural rules cannot be relaxed: a spec that does not parse or resolve cannot be rendered. Remove the override.',
        );
      }
    }
  }
  return forApi;
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

/** Where a top-level key of a spec file is, 1-based; line 1 if it cannot be found. */
function lineOf(file: string, key: string): number {
  const lines = readFileSync(file, 'utf8').split('\n');
  const index = lines.findIndex((l) => new RegExp(`^["']?${key}["']?\\s*:`).test(l));
  return index + 1 || 1;
}

/**
 * Lints and bundles one OpenAPI 3.0 or 3.1, or Swagger 2.0, file with
 * @redocly/openapi-core, under its lint config from redocly.yaml
 * ({@link lintConfigFor}). A Swagger 2.0 spec is converted to OpenAPI 3.0
 * with swagger2openapi after linting, with a warning naming the file. Remote
 * images and other remote resources in its Markdown become plain links
 * (remote-resources.ts), with a warning each.
 *
 * @param file Path to the spec, e.g. `content/apis/projects.yaml`.
 * @returns The bundled spec and the warnings, which the caller should print.
 * @throws {SpecValidationError} If the YAML does not parse, the document is
 *   not OpenAPI or Swagger, or lint or bundling reports an error (an
 *   unresolved `$ref`, a missing `responses`, an example that does not match
 *   its schema...). The message names the file, line, column, JSON pointer
 *   and rule of each error.
 */
export async function validateSpec(file: string): Promise<ValidatedSpec> {
  const displayFile = relative(process.cwd(), file);
  const config = await lintConfigFor(file);
  const fail = (ruleId: string, message: string, line = 1, column = 1, pointer = ''): never => {
    throw new SpecValidationError(displayFile, [
      { severity: 'error', ruleId, message, file: displayFile, pointer, line, column },
    ]);
  };
  let lintProblems: NormalizedProblem[];
  try {
    lintProblems = await lint({ ref: file, config });
  } catch (error) {
    if (error instanceof YamlParseError) {
      return fail(
        'yaml',
        `Invalid YAML: ${error.message.replace(/ in "[^"]*" \(\d+:\d+\)$/, '')}`,
        error.line || 1,
        error.col || 1,
      );
    }
    if (error instanceof Error && /Unsupported specification|must be JSON object/.test(error.message)) {
      return fail(
        'spec',
        `Not an OpenAPI document (${error.message}). The file must be a mapping with \`openapi: 3.1.0\` (or 3.0.x, or \`swagger: "2.0"\`) at the top.`,
        1,
        1,
        '#/',
      );
    }
    throw error;
  }
  const result = await bundle({ ref: file, config, dereference: false });
  const kind = detectSpec(result.bundle.parsed);
  if (!['oas2', 'oas3_0', 'oas3_1'].includes(kind)) {
    fail(
      'spec',
      `This is a ${kind} document, not OpenAPI 3.0, 3.1 or Swagger 2.0; the handbook renders OpenAPI only.`,
      1,
      1,
      '#/',
    );
  }
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
  const warnings = problems.filter((p) => p.severity === 'warn');
  let bundled = result.bundle.parsed as Record<string, unknown>;
  let convertedFrom = '';
  if (bundled['swagger'] === '2.0') {
    const { convertObj } = require('swagger2openapi') as {
      convertObj: (spec: object, options: object) => Promise<{ openapi: Record<string, unknown> }>;
    };
    try {
      bundled = (await convertObj(structuredClone(bundled), { patch: true, warnOnly: true })).openapi;
    } catch (error) {
      fail(
        'swagger2openapi',
        `Swagger 2.0 could not be converted to OpenAPI 3: ${String(error)}`,
        lineOf(file, 'swagger'),
        1,
        '#/swagger',
      );
    }
    convertedFrom = 'Swagger 2.0';
    warnings.push({
      severity: 'warn',
      ruleId: 'swagger2openapi',
      message:
        'Swagger 2.0: converted to OpenAPI 3.0 at build time with swagger2openapi. Convert the file once (`npx swagger2openapi -y -o <file> <file>`) to drop this step.',
      file: displayFile,
      pointer: '#/swagger',
      line: lineOf(file, 'swagger'),
      column: 1,
    });
  }
  for (const change of unloadRemoteResources(bundled)) {
    warnings.push({
      severity: 'warn',
      ruleId: 'remote-resource',
      message: change.message,
      file: displayFile,
      pointer: change.pointer,
      line: 1,
      column: 1,
    });
  }
  return { bundled, warnings, convertedFrom };
}
