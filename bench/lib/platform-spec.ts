/**
 * A generated, realistic OpenAPI 3.1 spec for the large-spec bench
 * (bench/lib/large-api.ts): 45 resources of 7 operations each (list, create,
 * get, replace, update, delete and one action), with schemas, shared
 * parameters, problem-details errors and pagination, repeated for each
 * "edition" under its own path prefix. Deterministic: the same options give
 * the same spec. Not content: it is never in content/apis/.
 */

/** What {@link platformSpec} generates. */
export interface PlatformSpecOptions {
  /** Copies of the 45 resources, each under `/e<n>` (the first at the root); 4 gives 1,260 operations. */
  editions: number;
  /**
   * `resource`: a tag per resource (7 operations each), as in a tidy spec;
   * `domain`: a tag per domain (up to 63 operations an edition), so large
   * tags must be cut into pages.
   */
  tagBy: 'resource' | 'domain';
}

/**
 * Generates the spec as a plain object (write it with `yaml`'s `stringify`).
 *
 * @returns The OpenAPI document and how many operations it has.
 */
export function platformSpec({ editions, tagBy }: PlatformSpecOptions): {
  spec: Record<string, unknown>;
  operations: number;
} {
  /** Mulberry32: a tiny seeded PRNG, so the output is reproducible. */
  function random(seed: number): () => number {
    let a = seed;
    return () => {
      a = (a + 0x6d2b79f5) | 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const rand = random(20261121);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;

  /** [tag (domain), plural path segment, singular noun, action verb] */
  const RESOURCES = [
    ['Identity', 'organizations', 'organization', 'suspend'],
    ['Identity', 'users', 'user', 'deactivate'],
    ['Identity', 'teams', 'team', 'archive'],
    ['Identity', 'memberships', 'membership', 'renew'],
    ['Identity', 'roles', 'role', 'clone'],
    ['Identity', 'permissions', 'permission', 'audit'],
    ['Identity', 'api-keys', 'API key', 'rotate'],
    ['Integrations', 'webhooks', 'webhook', 'ping'],
    ['Integrations', 'webhook-deliveries', 'webhook delivery', 'redeliver'],
    ['Integrations', 'audit-events', 'audit event', 'export'],
    ['Billing', 'invoices', 'invoice', 'finalize'],
    ['Billing', 'subscriptions', 'subscription', 'cancel'],
    ['Billing', 'plans', 'plan', 'publish'],
    ['Billing', 'payment-methods', 'payment method', 'verify'],
    ['Billing', 'coupons', 'coupon', 'expire'],
    ['Commerce', 'customers', 'customer', 'merge'],
    ['Commerce', 'orders', 'order', 'fulfil'],
    ['Commerce', 'products', 'product', 'publish'],
    ['Commerce', 'prices', 'price', 'schedule'],
    ['Commerce', 'inventory-items', 'inventory item', 'recount'],
    ['Commerce', 'warehouses', 'warehouse', 'close'],
    ['Commerce', 'shipments', 'shipment', 'dispatch'],
    ['Commerce', 'returns', 'return', 'approve'],
    ['Commerce', 'refunds', 'refund', 'confirm'],
    ['Messaging', 'notifications', 'notification', 'resend'],
    ['Messaging', 'templates', 'template', 'preview'],
    ['Content', 'files', 'file', 'scan'],
    ['Content', 'folders', 'folder', 'share'],
    ['Content', 'labels', 'label', 'merge'],
    ['Content', 'annotations', 'annotation', 'resolve'],
    ['Delivery', 'feature-flags', 'feature flag', 'toggle'],
    ['Delivery', 'environments', 'environment', 'lock'],
    ['Delivery', 'deployments', 'deployment', 'rollback'],
    ['Delivery', 'services', 'service', 'restart'],
    ['Operations', 'incidents', 'incident', 'escalate'],
    ['Operations', 'alerts', 'alert', 'acknowledge'],
    ['Operations', 'dashboards', 'dashboard', 'duplicate'],
    ['Operations', 'log-exports', 'log export', 'retry'],
    ['Operations', 'backups', 'backup', 'restore'],
    ['Infrastructure', 'regions', 'region', 'drain'],
    ['Infrastructure', 'domains', 'domain', 'verify'],
    ['Infrastructure', 'certificates', 'certificate', 'renew'],
    ['Infrastructure', 'secrets', 'secret', 'rotate'],
    ['Infrastructure', 'jobs', 'job', 'cancel'],
    ['Infrastructure', 'schedules', 'schedule', 'pause'],
  ] as const;

  const EXTRA_FIELDS = [
    ['owner_id', { type: 'string', description: 'The user who owns it.', examples: ['usr_7Hq2Lm'] }],
    [
      'region',
      {
        type: 'string',
        enum: ['eu-west', 'eu-central', 'us-east'],
        description: 'Where its data is stored.',
      },
    ],
    ['priority', { type: 'integer', minimum: 1, maximum: 5, description: '1 is the most urgent.' }],
    ['amount', { type: 'integer', minimum: 0, description: 'Amount in the smallest currency unit (cents).' }],
    [
      'currency',
      { type: 'string', pattern: '^[A-Z]{3}$', description: 'ISO 4217 currency code.', examples: ['EUR'] },
    ],
    [
      'expires_at',
      { type: ['string', 'null'], format: 'date-time', description: 'When it stops being valid.' },
    ],
    ['labels', { type: 'array', items: { type: 'string' }, description: 'Free-form labels for filtering.' }],
    ['url', { type: 'string', format: 'uri', description: 'Where it can be reached.' }],
    ['email', { type: 'string', format: 'email', description: 'Contact address.' }],
    ['count', { type: 'integer', minimum: 0, description: 'How many items it holds.' }],
    ['enabled', { type: 'boolean', description: 'Whether it is in use.' }],
    [
      'metadata',
      {
        type: 'object',
        additionalProperties: { type: 'string' },
        description: 'Up to 20 string key-value pairs for your own use.',
      },
    ],
  ] as const;

  const pascal = (s: string) =>
    s.replace(/(^|[\s-])(\w)/g, (_m, _s, c: string) => c.toUpperCase()).replace(/\s/g, '');

  const paths: Record<string, Record<string, unknown>> = {};
  const schemas: Record<string, unknown> = {};
  const tags = new Map<string, string>();
  const STATUS = {
    BadRequest: '400',
    Unauthorized: '401',
    NotFound: '404',
    Conflict: '409',
    ValidationFailed: '422',
  } as const;
  const errors = (...names: (keyof typeof STATUS)[]) =>
    Object.fromEntries(names.map((n) => [STATUS[n], { $ref: `#/components/responses/${n}` }]));

  for (let edition = 1; edition <= editions; edition++)
    for (const [domain, plural0, singular0, action] of RESOURCES) {
      // Later editions: the same resources under /e<n>/, with names and ids of their own.
      const prefix = edition === 1 ? '' : `e${edition}/`;
      const plural = edition === 1 ? plural0 : `${plural0}-e${edition}`;
      const singular = edition === 1 ? singular0 : `${singular0} e${edition}`;
      const tag =
        tagBy === 'domain'
          ? domain
          : `${domain}: ${pascal(plural.replace(/-/g, ' '))}`.replace(/([a-z])([A-Z])/g, '$1 $2');
      if (!tags.has(tag))
        tags.set(
          tag,
          tagBy === 'domain'
            ? `Manage the resources of the ${domain.toLowerCase()} domain: list, create, read, update, replace and delete them, and act on one.`
            : `Manage ${plural.replace(/-/g, ' ')} in the ${domain.toLowerCase()} domain: list, create, read, update, replace and delete them, and ${action} one.`,
        );
      const name = pascal(singular);
      const fields = [...EXTRA_FIELDS].sort(() => rand() - 0.5).slice(0, 3 + Math.floor(rand() * 4));
      const writable = Object.fromEntries([
        [
          'name',
          { type: 'string', minLength: 1, maxLength: 120, description: `The ${singular}'s display name.` },
        ],
        ['description', { type: 'string', maxLength: 2000 }],
        ...fields,
      ]);
      schemas[name] = {
        type: 'object',
        description: `A ${singular}.`,
        required: ['id', 'name', 'status', 'created_at', 'updated_at'],
        properties: {
          id: { type: 'string', readOnly: true, description: `Unique id of the ${singular}.` },
          ...writable,
          status: {
            type: 'string',
            enum: pick([
              ['active', 'archived'],
              ['draft', 'active', 'retired'],
              ['pending', 'running', 'done', 'failed'],
            ]),
          },
          created_at: { type: 'string', format: 'date-time', readOnly: true },
          updated_at: { type: 'string', format: 'date-time', readOnly: true },
        },
      };
      schemas[`${name}Input`] = {
        type: 'object',
        required: ['name'],
        additionalProperties: false,
        properties: writable,
      };
      schemas[`${name}Page`] = {
        type: 'object',
        required: ['data', 'next_cursor'],
        properties: {
          data: { type: 'array', items: { $ref: `#/components/schemas/${name}` } },
          next_cursor: { $ref: '#/components/schemas/NextCursor' },
        },
      };
      const one = (description: string, status = '200') => ({
        [status]: {
          description,
          content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } },
        },
      });
      const body = {
        required: true,
        content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}Input` } } },
      };
      const idParam = {
        name: 'id',
        in: 'path',
        required: true,
        description: `The ${singular}'s id.`,
        schema: { type: 'string' },
      };
      const noun = pascal(singular);
      paths[`/${prefix}${plural0}`] = {
        get: {
          operationId: `list${pascal(plural.replace(/-/g, ' '))}`,
          tags: [tag],
          summary: `List ${plural.replace(/-/g, ' ')}`,
          description: `Returns ${plural.replace(/-/g, ' ')} one page at a time, newest first.`,
          parameters: [{ $ref: '#/components/parameters/Limit' }, { $ref: '#/components/parameters/Cursor' }],
          responses: {
            '200': {
              description: `A page of ${plural.replace(/-/g, ' ')}.`,
              content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}Page` } } },
            },
            ...errors('BadRequest', 'Unauthorized'),
          },
        },
        post: {
          operationId: `create${noun}`,
          tags: [tag],
          summary: `Create a ${singular}`,
          description: `Creates a ${singular}. Send an \`Idempotency-Key\` so that retries are safe.`,
          parameters: [{ $ref: '#/components/parameters/IdempotencyKey' }],
          requestBody: body,
          responses: {
            ...one(`The ${singular} was created.`, '201'),
            ...errors('Unauthorized', 'ValidationFailed'),
          },
        },
      };
      paths[`/${prefix}${plural0}/{id}`] = {
        parameters: [idParam],
        get: {
          operationId: `get${noun}`,
          tags: [tag],
          summary: `Get a ${singular}`,
          description: `Returns one ${singular}.`,
          responses: { ...one(`The ${singular}.`), ...errors('Unauthorized', 'NotFound') },
        },
        put: {
          operationId: `replace${noun}`,
          tags: [tag],
          summary: `Replace a ${singular}`,
          description: `Replaces every writable field of a ${singular}.`,
          requestBody: body,
          responses: {
            ...one(`The replaced ${singular}.`),
            ...errors('Unauthorized', 'NotFound', 'ValidationFailed'),
          },
        },
        patch: {
          operationId: `update${noun}`,
          tags: [tag],
          summary: `Update a ${singular}`,
          description: `Changes the fields you send.`,
          requestBody: {
            required: true,
            content: {
              'application/merge-patch+json': { schema: { $ref: `#/components/schemas/${name}Input` } },
            },
          },
          responses: {
            ...one(`The updated ${singular}.`),
            ...errors('Unauthorized', 'NotFound', 'ValidationFailed'),
          },
        },
        delete: {
          operationId: `delete${noun}`,
          tags: [tag],
          summary: `Delete a ${singular}`,
          description: `Deletes a ${singular}. This cannot be undone.`,
          responses: {
            '204': { description: 'Deleted; there is no body.' },
            ...errors('Unauthorized', 'NotFound'),
          },
        },
      };
      paths[`/${prefix}${plural0}/{id}/${action}`] = {
        parameters: [idParam],
        post: {
          operationId: `${action}${noun}`,
          tags: [tag],
          summary: `${pascal(action)} a ${singular}`,
          description: `Runs the \`${action}\` action on one ${singular}.`,
          parameters: [{ $ref: '#/components/parameters/IdempotencyKey' }],
          responses: {
            ...one(`The ${singular} after the action.`),
            ...errors('Unauthorized', 'NotFound', 'Conflict'),
          },
        },
      };
    }

  const problem = (description: string, schema = 'Problem') => ({
    description,
    content: { 'application/problem+json': { schema: { $ref: `#/components/schemas/${schema}` } } },
  });

  const spec = {
    openapi: '3.1.0',
    info: {
      title: 'Platform API',
      version: '3.12.0',
      summary: `A generated, real-world-sized API (${45 * editions} resources) for the large-spec bench.`,
      description:
        'Generated by `bench/lib/platform-spec.ts` to measure the API reference at scale. ' +
        'It follows the [API conventions](/integration/api-conventions/) in outline.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [
      { url: 'https://api.platform.handbook.internal/v3', description: 'Production' },
      { url: 'https://api.staging.platform.handbook.internal/v3', description: 'Staging' },
    ],
    security: [{ bearerAuth: [] }],
    tags: [...tags].map(([name, description]) => ({ name, description })),
    paths,
    components: {
      securitySchemes: {
        bearerAuth: { type: 'http', scheme: 'bearer', description: 'Send `Authorization: Bearer <token>`.' },
      },
      parameters: {
        Limit: {
          name: 'limit',
          in: 'query',
          description: 'Most items per page.',
          schema: { type: 'integer', minimum: 1, maximum: 100, default: 25 },
        },
        Cursor: {
          name: 'cursor',
          in: 'query',
          description: "The previous page's `next_cursor`.",
          schema: { type: 'string' },
        },
        IdempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          required: true,
          description: 'A unique value per intended operation.',
          schema: { type: 'string', maxLength: 255 },
        },
      },
      responses: {
        BadRequest: problem('A query parameter is malformed.', 'ValidationProblem'),
        Unauthorized: problem('The bearer token is missing or expired.'),
        NotFound: problem('No resource has this id.'),
        Conflict: problem('The resource is not in a state that allows this action.'),
        ValidationFailed: problem('Some fields are invalid; `errors` lists them.', 'ValidationProblem'),
      },
      schemas: {
        ...schemas,
        NextCursor: {
          type: ['string', 'null'],
          description: 'Pass as `cursor` for the next page; `null` on the last page.',
        },
        Problem: {
          type: 'object',
          required: ['type', 'title', 'status'],
          properties: {
            type: { type: 'string', format: 'uri' },
            title: { type: 'string' },
            status: { type: 'integer' },
            detail: { type: 'string' },
            instance: { type: 'string' },
          },
        },
        ValidationProblem: {
          allOf: [
            { $ref: '#/components/schemas/Problem' },
            {
              type: 'object',
              properties: {
                errors: {
                  type: 'array',
                  items: {
                    type: 'object',
                    required: ['pointer', 'detail'],
                    properties: { pointer: { type: 'string' }, detail: { type: 'string' } },
                  },
                },
              },
            },
          ],
        },
      },
    },
  };

  return {
    spec,
    operations: Object.values(paths).reduce(
      (n, p) => n + Object.keys(p).filter((k) => k !== 'parameters').length,
      0,
    ),
  };
}
