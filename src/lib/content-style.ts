/**
 * Checks that the handbook's own examples follow its house API style
 * (content/handbook/integration/api-conventions.mdx, "The house style at a
 * glance"): snake_case JSON members, the `{ data, next_cursor }` list
 * envelope, and HTTP status lines from a small allowed table. Pure functions
 * over strings and parsed values, so that tests can run them on the real
 * content and on hand-made wrong examples alike.
 */
import { parse as parseYaml } from 'yaml';

/** One place where an example breaks a house rule. */
export interface StyleViolation {
  /** Where: `file:line` for page examples, a JSON pointer for spec values. */
  where: string;
  /** Which rule: `casing`, `envelope`, `status-line`, `problem`, `etag`... */
  rule: string;
  message: string;
}

/** A fenced code block of a Markdown or MDX page. */
export interface FencedBlock {
  /** The info string's first word, e.g. `http` for "```http wrap". */
  lang: string;
  code: string;
  /** 1-based line of the first line of code (the line after the fence). */
  line: number;
}

/**
 * Member names that external specifications define, which keep their own
 * spelling wherever they appear: JSON Schema keywords (draft 2020-12) and the
 * GraphQL-over-HTTP request members. Everything else must be snake_case.
 */
export const PROTOCOL_MEMBERS: ReadonlySet<string> = new Set([
  '$schema',
  '$id',
  '$ref',
  'additionalProperties',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'minProperties',
  'maxProperties',
  'uniqueItems',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'operationName',
  'persistedQuery',
  'sha256Hash',
]);

/** snake_case: lower-case words of letters and digits joined by `_`. */
const SNAKE_CASE = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;

/** List-envelope member names we do not use, with the house name instead. */
export const FORBIDDEN_ENVELOPE: Readonly<Record<string, string>> = {
  items: 'data',
  results: 'data',
  records: 'data',
  nextCursor: 'next_cursor',
  next_page: 'next_cursor',
  next_page_token: 'next_cursor',
  cursor: 'next_cursor',
};

/** True if `name` is a snake_case member name or a protocol-defined one. */
export function isHouseMemberName(name: string): boolean {
  return SNAKE_CASE.test(name) || PROTOCOL_MEMBERS.has(name);
}

/**
 * Every fenced code block in a Markdown/MDX source, in order. Fences may be
 * indented (inside list items) and use three or more backticks or tildes.
 */
export function extractFencedBlocks(source: string): FencedBlock[] {
  const lines = source.split('\n');
  const blocks: FencedBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([^\s`]*)/.exec(lines[i]!);
    if (!open) continue;
    const [, indent, fence, lang] = open;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j]!;
      if (line.trim().startsWith(fence!) && line.trim().replace(/[`~]/g, '') === '') break;
      body.push(line.startsWith(indent!) ? line.slice(indent!.length) : line);
    }
    blocks.push({ lang: (lang ?? '').toLowerCase(), code: body.join('\n'), line: i + 2 });
    i = j;
  }
  return blocks;
}

/**
 * Checks one JSON value (a parsed example) against the casing and envelope
 * rules. `schema` walks it as a JSON Schema: keywords are skipped and only the
 * names under `properties` and in `required` count as member names.
 */
export function checkJsonValue(
  value: unknown,
  where: string,
  options: { schema?: boolean } = {},
): StyleViolation[] {
  const out: StyleViolation[] = [];
  const schema = options.schema ?? (isObject(value) && '$schema' in value);
  if (schema) walkSchema(value, where, out);
  else walkValue(value, where, out, true);
  return out;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function memberNameViolation(name: string, where: string): StyleViolation | undefined {
  if (name in FORBIDDEN_ENVELOPE) {
    return {
      where,
      rule: 'envelope',
      message: `"${name}" is not a house list member; use "${FORBIDDEN_ENVELOPE[name]}"`,
    };
  }
  if (!isHouseMemberName(name)) {
    return { where, rule: 'casing', message: `member "${name}" is not snake_case` };
  }
  return undefined;
}

function walkValue(value: unknown, where: string, out: StyleViolation[], top: boolean): void {
  if (Array.isArray(value)) {
    if (top && value.some(isObject)) {
      out.push({
        where,
        rule: 'envelope',
        message: 'a top-level array of objects; return { "data": [...], "next_cursor": ... }',
      });
    }
    value.forEach((item, i) => walkValue(item, `${where}/${i}`, out, false));
    return;
  }
  if (!isObject(value)) return;
  for (const name of Object.keys(value)) {
    const problem = memberNameViolation(name, `${where}/${name}`);
    if (problem) out.push(problem);
  }
  if ('next_cursor' in value && !Array.isArray(value['data'])) {
    out.push({ where, rule: 'envelope', message: 'has "next_cursor" but no "data" array' });
  }
  if (Array.isArray(value['data']) && value['data'].some(isObject) && !('next_cursor' in value) && top) {
    // A list response: `data` and `next_cursor` always travel together.
    out.push({ where, rule: 'envelope', message: 'has a "data" list but no "next_cursor"' });
  }
  for (const [name, child] of Object.entries(value)) walkValue(child, `${where}/${name}`, out, false);
}

function walkSchema(value: unknown, where: string, out: StyleViolation[]): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => walkSchema(item, `${where}/${i}`, out));
    return;
  }
  if (!isObject(value)) return;
  const properties = value['properties'];
  if (isObject(properties)) {
    for (const name of Object.keys(properties)) {
      const problem = memberNameViolation(name, `${where}/properties/${name}`);
      if (problem) out.push(problem);
    }
    if ('next_cursor' in properties && !('data' in properties)) {
      out.push({ where, rule: 'envelope', message: 'a schema with "next_cursor" but no "data"' });
    }
  }
  const required = value['required'];
  if (Array.isArray(required)) {
    for (const name of required) {
      if (typeof name !== 'string') continue;
      const problem = memberNameViolation(name, `${where}/required`);
      if (problem) out.push(problem);
    }
  }
  for (const [key, child] of Object.entries(value)) {
    if (key === 'example' || key === 'examples' || key === 'default' || key === 'enum' || key === 'const') {
      continue;
    }
    if (key === 'properties' && isObject(child)) {
      for (const [name, sub] of Object.entries(child)) walkSchema(sub, `${where}/properties/${name}`, out);
    } else {
      walkSchema(child, `${where}/${key}`, out);
    }
  }
}

/** Keys of every `"name":` pair in text that does not parse as JSON. */
function quotedKeys(text: string): string[] {
  return [...text.matchAll(/"([^"\\\s]+)"\s*:/g)].map((m) => m[1]!);
}

/**
 * Checks JSON text: parsed if it can be, otherwise (an example shortened with
 * `...`) every quoted `"name":` in it is checked for casing only.
 */
export function checkJsonText(text: string, where: string): StyleViolation[] {
  const trimmed = text.trim();
  if (!trimmed) return [];
  try {
    return checkJsonValue(JSON.parse(trimmed), where);
  } catch {
    return quotedKeys(trimmed)
      .map((name) => memberNameViolation(name, where))
      .filter((v): v is StyleViolation => v !== undefined);
  }
}

/**
 * HTTP status codes our examples and specs may use, with their RFC 9110
 * reason phrases (422 is "Unprocessable Content" since RFC 9110 §15.5.21;
 * 428 and 429 are from RFC 6585). Anything else is a mistake or needs a
 * decision first: for example 501 means the server does not support the
 * method at all (RFC 9110 §15.6.2), never "not finished yet".
 */
export const ALLOWED_STATUS: Readonly<Record<number, string>> = {
  101: 'Switching Protocols',
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  204: 'No Content',
  301: 'Moved Permanently',
  302: 'Found',
  303: 'See Other',
  304: 'Not Modified',
  307: 'Temporary Redirect',
  308: 'Permanent Redirect',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  410: 'Gone',
  412: 'Precondition Failed',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);
const REQUEST_LINE = /^([A-Z]+) (\S+)(?: (HTTP\/\S+))?$/;
const STATUS_LINE = /^(HTTP\/\S+) (\d{3})(?: (.*))?$/;
const VERSIONS = new Set(['HTTP/1.1', 'HTTP/2', 'HTTP/3']);
/** An entity tag (RFC 9110 §8.8.3): optional `W/`, then a quoted string. */
const ENTITY_TAG = /^(?:W\/)?"[^"]*"$/;

/** One request or response of an `http` example. */
export interface HttpMessage {
  kind: 'request' | 'response';
  startLine: string;
  status?: number;
  /** Header names in lower case. */
  headers: Map<string, string>;
  body: string;
  /** 0-based line within the block. */
  line: number;
}

/**
 * Splits an `http` example into messages. A block may hold a request, a
 * response, both, or only header lines (a fragment, which has no messages).
 * Continuation lines of a long request target (indented) are skipped.
 */
export function parseHttpBlock(code: string): HttpMessage[] {
  const lines = code.split('\n');
  const messages: HttpMessage[] = [];
  let current: HttpMessage | undefined;
  let inBody = false;
  const bodyLines: string[] = [];
  const finish = (): void => {
    if (current) current.body = bodyLines.join('\n').trim();
    bodyLines.length = 0;
  };
  lines.forEach((line, index) => {
    const status = STATUS_LINE.exec(line);
    const request = !status && (!current || inBody) ? REQUEST_LINE.exec(line) : null;
    if (status || (request && METHODS.has(request[1]!))) {
      finish();
      const message: HttpMessage = {
        kind: status ? 'response' : 'request',
        startLine: line,
        headers: new Map(),
        body: '',
        line: index,
      };
      if (status) message.status = Number(status[2]);
      current = message;
      messages.push(message);
      inBody = false;
      return;
    }
    if (!current) return;
    if (inBody) {
      bodyLines.push(line);
    } else if (line.trim() === '') {
      inBody = true;
    } else if (/^\s/.test(line)) {
      // continuation of a long request target, e.g. a GraphQL GET
    } else {
      const colon = line.indexOf(':');
      if (colon > 0)
        current.headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
    }
  });
  finish();
  return messages;
}

/**
 * Checks the messages of one `http` example: start lines against
 * {@link ALLOWED_STATUS} and the allowed methods and versions, and the rules
 * that hang off a status: error bodies are problem details whose `status`
 * repeats the code, `201` has `Location`, `204` and `304` have no body, `401`
 * has a `WWW-Authenticate` challenge, and `ETag`/`If-Match` values are real
 * entity tags (a weak tag is `W/"x"`, not `"W/x"`). JSON bodies are also
 * checked with {@link checkJsonText}.
 */
export function checkHttpBlock(code: string, where: string): StyleViolation[] {
  const out: StyleViolation[] = [];
  for (const message of parseHttpBlock(code)) {
    const at = `${where}+${message.line}`;
    const contentType = message.headers.get('content-type') ?? '';
    if (message.kind === 'request') {
      const [, method, , version] = REQUEST_LINE.exec(message.startLine)!;
      if (!METHODS.has(method!))
        out.push({ where: at, rule: 'status-line', message: `unknown method ${method}` });
      if (version && !VERSIONS.has(version)) {
        out.push({ where: at, rule: 'status-line', message: `unknown HTTP version ${version}` });
      }
    } else {
      const [, version, , reason] = STATUS_LINE.exec(message.startLine)!;
      const code = message.status!;
      const expected = ALLOWED_STATUS[code];
      if (!VERSIONS.has(version!)) {
        out.push({ where: at, rule: 'status-line', message: `unknown HTTP version ${version}` });
      }
      if (!expected) {
        out.push({ where: at, rule: 'status-line', message: `status ${code} is not in the allowed table` });
      } else if ((reason ?? '') !== expected) {
        out.push({
          where: at,
          rule: 'status-line',
          message: `status ${code} is "${expected}", not "${reason ?? ''}"`,
        });
      }
      if (code >= 400 && message.body && !contentType.startsWith('application/problem+json')) {
        out.push({ where: at, rule: 'problem', message: `a ${code} body must be application/problem+json` });
      }
      if (code >= 400 && contentType.startsWith('application/problem+json') && message.body) {
        try {
          const problem: unknown = JSON.parse(message.body);
          if (!isObject(problem) || problem['status'] !== code) {
            out.push({ where: at, rule: 'problem', message: `the problem's "status" must be ${code}` });
          }
        } catch {
          out.push({ where: at, rule: 'problem', message: 'the problem body is not valid JSON' });
        }
      }
      if (code === 201 && !message.headers.has('location')) {
        out.push({ where: at, rule: 'status-line', message: '201 Created needs a Location header' });
      }
      if ((code === 204 || code === 304) && message.body) {
        out.push({ where: at, rule: 'status-line', message: `${code} has no body` });
      }
      if (code === 401 && !message.headers.has('www-authenticate')) {
        out.push({ where: at, rule: 'status-line', message: '401 needs a WWW-Authenticate challenge' });
      }
    }
    for (const header of ['etag', 'if-match', 'if-none-match']) {
      const value = message.headers.get(header);
      if (value === undefined || value === '*') continue;
      for (const tag of value.split(',').map((t) => t.trim())) {
        if (!ENTITY_TAG.test(tag) || /^"W\//.test(tag)) {
          out.push({
            where: at,
            rule: 'etag',
            message: `${header} ${tag} is not an entity tag like "x" or W/"x"`,
          });
        }
      }
    }
    if (message.body && (contentType.includes('json') || /^[[{]/.test(message.body))) {
      out.push(...checkJsonText(message.body, at));
    }
  }
  return out;
}

/**
 * Checks every example of one Markdown/MDX page: `json` blocks, `http`
 * blocks, quoted JSON members in any other block (except GraphQL, whose
 * fields are camelCase by GraphQL's own convention), OpenAPI fragments in
 * `yaml` blocks, and inline code spans that contain a `"name":` pair.
 *
 * @param file Path shown in violations, e.g. `content/handbook/integration/json.mdx`.
 */
export function checkPage(source: string, file: string): StyleViolation[] {
  const out: StyleViolation[] = [];
  const blocks = extractFencedBlocks(source);
  for (const block of blocks) {
    const where = `${file}:${block.line}`;
    if (block.lang === 'json' || block.lang === 'jsonc') out.push(...checkJsonText(block.code, where));
    else if (block.lang === 'http') out.push(...checkHttpBlock(block.code, where));
    else if (block.lang === 'yaml' && /^\s*(openapi|paths|components|properties):/m.test(block.code)) {
      try {
        out.push(...checkOpenApi(parseYaml(block.code), where));
      } catch {
        // not a complete YAML document; the quoted-key scan below still runs
      }
    } else if (block.lang !== 'graphql') {
      for (const name of quotedKeys(block.code)) {
        const problem = memberNameViolation(name, where);
        if (problem) out.push(problem);
      }
    }
  }
  // Inline code outside fences, e.g. `"created_at": "2026-11-21T09:30:00Z"` in a table.
  const withoutFences = source.replace(/^(\s*)(`{3,}|~{3,})[\s\S]*?^\1\2\s*$/gm, '');
  withoutFences.split('\n').forEach((line, index) => {
    for (const span of line.matchAll(/`([^`]+)`/g)) {
      for (const name of quotedKeys(span[1]!)) {
        const problem = memberNameViolation(name, `${file}:${index + 1}`);
        if (problem) out.push(problem);
      }
    }
  });
  return out;
}

/**
 * Checks an OpenAPI document (or fragment): every schema's property names
 * and `required` entries, every query parameter's name, every example value,
 * every list schema's envelope, every response code against
 * {@link ALLOWED_STATUS}, and that each problem example's `status` repeats
 * its response code. Local `$ref`s to `#/components/responses/...` are
 * followed for the last check.
 */
export function checkOpenApi(doc: unknown, where = '#'): StyleViolation[] {
  const out: StyleViolation[] = [];
  if (!isObject(doc)) return out;
  const visit = (value: unknown, pointer: string): void => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, `${pointer}/${i}`));
      return;
    }
    if (!isObject(value)) return;
    if (isObject(value['properties']) || Array.isArray(value['required'])) {
      const schemaLike = { properties: value['properties'], required: value['required'] };
      walkSchema(schemaLike, pointer, out);
    }
    if (value['in'] === 'query' && typeof value['name'] === 'string' && !isHouseMemberName(value['name'])) {
      out.push({
        where: `${pointer}/name`,
        rule: 'casing',
        message: `query parameter "${value['name']}" is not snake_case`,
      });
    }
    if ('example' in value && !('in' in value && value['in'] === 'header')) {
      out.push(...checkJsonValue(value['example'], `${pointer}/example`, { schema: false }));
    }
    if (isObject(value['examples'])) {
      for (const [name, example] of Object.entries(value['examples'])) {
        if (isObject(example) && 'value' in example) {
          out.push(
            ...checkJsonValue(example['value'], `${pointer}/examples/${name}/value`, { schema: false }),
          );
        }
      }
    }
    for (const [key, child] of Object.entries(value)) {
      if (key === 'example' || key === 'examples') continue;
      visit(child, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
    }
  };
  visit(doc, where);

  const components = isObject(doc['components']) ? doc['components'] : {};
  const responses = isObject(components['responses']) ? components['responses'] : {};
  const paths = isObject(doc['paths']) ? doc['paths'] : {};
  for (const [path, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    for (const [method, operation] of Object.entries(item)) {
      if (!isObject(operation) || !isObject(operation['responses'])) continue;
      for (const [code, response] of Object.entries(operation['responses'])) {
        const pointer = `${where}/paths/${path.replace(/\//g, '~1')}/${method}/responses/${code}`;
        const status = Number(code);
        if (!ALLOWED_STATUS[status]) {
          out.push({
            where: pointer,
            rule: 'status-line',
            message: `status ${code} is not in the allowed table`,
          });
        }
        let resolved: unknown = response;
        if (isObject(response) && typeof response['$ref'] === 'string') {
          const name = /^#\/components\/responses\/(.+)$/.exec(response['$ref'])?.[1];
          resolved = name ? responses[name] : undefined;
        }
        out.push(...checkProblemExamples(resolved, status, pointer));
      }
    }
  }
  const schemas = isObject(components['schemas']) ? components['schemas'] : {};
  for (const [name, schema] of Object.entries(schemas)) {
    if (!name.endsWith('Page') || !isObject(schema)) continue;
    const required = Array.isArray(schema['required']) ? [...(schema['required'] as string[])].sort() : [];
    if (required.join() !== 'data,next_cursor') {
      out.push({
        where: `${where}/components/schemas/${name}`,
        rule: 'envelope',
        message: `a list page must require exactly "data" and "next_cursor", not ${JSON.stringify(required)}`,
      });
    }
  }
  return out;
}

function checkProblemExamples(response: unknown, status: number, pointer: string): StyleViolation[] {
  const out: StyleViolation[] = [];
  if (!isObject(response) || !isObject(response['content'])) return out;
  const media = response['content']['application/problem+json'];
  if (status >= 400 && !isObject(media)) {
    out.push({
      where: pointer,
      rule: 'problem',
      message: `a ${status} response must be application/problem+json`,
    });
  }
  if (!isObject(media) || !isObject(media['examples'])) return out;
  for (const [name, example] of Object.entries(media['examples'])) {
    const value = isObject(example) ? example['value'] : undefined;
    if (isObject(value) && value['status'] !== status) {
      out.push({
        where: `${pointer}/examples/${name}`,
        rule: 'problem',
        message: `the problem's "status" is ${String(value['status'])} under response ${status}`,
      });
    }
  }
  return out;
}
