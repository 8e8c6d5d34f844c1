import { z } from 'astro/zod';
import { renderInlineMarkdown, renderMarkdown } from '../lib/markdown.ts';
import { KEBAB_CASE, strict } from './common.ts';
import { ROLES, STAGES } from './taxonomy.ts';

const kebabId = (what: string) =>
  z
    .string({ error: `Add an \`id\` to the ${what}: a kebab-case name such as \`check-tls\`.` })
    .regex(KEBAB_CASE, {
      error: (issue) =>
        `The ${what} id "${String(issue.input)}" is not kebab-case. ` +
        'Use lowercase letters, digits and single hyphens, e.g. "check-tls-expiry".',
    });

/** A link shown under an item: `label` is the link text, `href` root-relative (`/concepts/security/`) or absolute. */
const checklistLinkSchema = z.strictObject(
  {
    label: z
      .string({ error: 'Give the link a `label` (its visible text).' })
      .min(1, 'The link `label` is empty.'),
    href: z
      .string({ error: 'Give the link an `href`.' })
      .regex(
        /^(\/(?!\/)([^?#]*\/)?([?#].*)?|https:\/\/.+)$/,
        'Make `href` root-relative with a trailing slash (`/concepts/security/`, `/concepts/security/#csp`) or https://.',
      ),
  },
  strict('label, href'),
);

/**
 * One item of a checklist.
 *
 * - `id`: written by the author, kebab-case, unique within the checklist; it
 *   is the item's permanent anchor (`/checklists/<checklist>/#<id>`), so never
 *   rename it once published.
 * - `text`: inline Markdown (one line: emphasis, `code`, links), rendered with
 *   {@link renderInlineMarkdown}. Block Markdown belongs in `details`.
 * - `details`: optional block Markdown shown under the item.
 * - `minutes`: optional estimate of the time the item takes, a whole number of
 *   minutes; onboarding pages sum these with `<OnboardingTime>` instead of
 *   typing a total by hand.
 * - `links`: optional further reading.
 */
const checklistItemSchema = z.strictObject(
  {
    id: kebabId('item'),
    text: z
      .string({ error: 'Add the item `text`: one line of inline Markdown saying what to check.' })
      .trim()
      .min(1, 'The item `text` is empty; say what to check.')
      .superRefine((text, ctx) => {
        try {
          renderInlineMarkdown(text);
        } catch (error) {
          ctx.addIssue({ code: 'custom', message: (error as Error).message });
        }
      }),
    details: z
      .string()
      .trim()
      .min(1, 'Remove the empty `details` or write them.')
      .refine(
        (md) => renderMarkdown(md) !== '',
        'The `details` render to nothing; write them or remove the field.',
      )
      .optional(),
    links: z.array(checklistLinkSchema).min(1, 'Remove the empty `links` list or add a link.').optional(),
    minutes: z
      .number({ error: 'Give `minutes` as a whole number of minutes, e.g. `30`.' })
      .int('Give `minutes` as a whole number of minutes, e.g. `30`.')
      .positive('`minutes` must be more than 0; remove it if the item takes no set time.')
      .max(480, '`minutes` is more than a working day; split the item.')
      .optional(),
  },
  strict('id, text, details, links, minutes'),
);

/** A titled group of items within a checklist. */
const checklistSectionSchema = z.strictObject(
  {
    title: z.string({ error: 'Give the section a `title`.' }).min(1, 'The section `title` is empty.'),
    items: z.array(checklistItemSchema, { error: 'Give the section a list of `items`.' }),
  },
  strict('title, items'),
);

/** `topic` checklists belong to a workflow stage; `onboarding` checklists belong to a new hire's first weeks. */
const CHECKLIST_KINDS = ['topic', 'onboarding'] as const;

/**
 * A checklist file, `content/checklists/<id>.yaml`.
 *
 * Items go either straight under `items` or grouped under `sections` (each
 * with a `title` and `items`), not both.
 *
 * `stage` is required for `kind: topic` (the default) and must be left out
 * for `kind: onboarding`: onboarding happens once per person, not once per
 * feature, so it belongs to no workflow stage. The index lists onboarding
 * checklists under "Onboarding" instead of a stage.
 *
 * Cross-field rules (in `superRefine`): the id matches a stage rule above;
 * there is at least one item; item ids are unique across the whole checklist.
 *
 * @example
 * ```yaml
 * id: security-review
 * title: Security review
 * purpose: Catch the common web vulnerabilities before a change ships.
 * audience: [backend, frontend]
 * stage: development
 * items:
 *   - id: parameterised-queries
 *     text: Every SQL statement uses **parameterised queries**.
 * ```
 */
export const checklistSchema = z
  .strictObject(
    {
      id: kebabId('checklist'),
      title: z.string({ error: 'Add a `title`, e.g. "Security review".' }).min(1, 'The `title` is empty.'),
      purpose: z
        .string({ error: 'Add a `purpose`: one or two sentences on when to use this checklist and why.' })
        .min(20, 'Write a `purpose` of at least 20 characters.')
        .max(
          200,
          "Keep the `purpose` to at most 200 characters: it is the page's meta description and search excerpt.",
        ),
      kind: z
        .enum(CHECKLIST_KINDS, {
          error: `Set \`kind\` to one of: ${CHECKLIST_KINDS.join(', ')} (or leave it out for "topic").`,
        })
        .default('topic'),
      audience: z
        .array(
          z.enum(ROLES, {
            error: (i) => `Unknown role "${String(i.input)}". Use one of: ${ROLES.join(', ')}.`,
          }),
          {
            error: `Add an \`audience\`: a list of roles from ${ROLES.join(', ')}.`,
          },
        )
        .min(1, `List at least one role in \`audience\` (${ROLES.join(', ')}).`),
      stage: z
        .enum(STAGES, {
          error: (i) => `Unknown stage "${String(i.input)}". Use one of: ${STAGES.join(', ')}.`,
        })
        .optional(),
      sections: z.array(checklistSectionSchema).optional(),
      items: z.array(checklistItemSchema).optional(),
    },
    strict('id, title, purpose, kind, audience, stage, sections, items'),
  )
  .superRefine((checklist, ctx) => {
    if (checklist.kind === 'topic' && !checklist.stage) {
      ctx.addIssue({
        code: 'custom',
        path: ['stage'],
        message: `Add a \`stage\` (${STAGES.join(', ')}), or set \`kind: onboarding\` for an onboarding checklist.`,
      });
    }
    if (checklist.kind === 'onboarding' && checklist.stage) {
      ctx.addIssue({
        code: 'custom',
        path: ['stage'],
        message: 'Remove `stage`: onboarding checklists belong to no workflow stage.',
      });
    }
    if (checklist.sections && checklist.items) {
      ctx.addIssue({
        code: 'custom',
        path: ['sections'],
        message: 'Use either `items` or `sections`, not both: move the loose items into a section.',
      });
    }
    const located = [
      ...(checklist.items ?? []).map((item, i) => ({ item, path: ['items', i] })),
      ...(checklist.sections ?? []).flatMap((section, s) =>
        section.items.map((item, i) => ({ item, path: ['sections', s, 'items', i] })),
      ),
    ];
    if (located.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: [checklist.sections ? 'sections' : 'items'],
        message: 'The checklist is empty. Add at least one item under `items` (or under a section).',
      });
    }
    const seen = new Map<string, string>();
    for (const { item, path } of located) {
      const first = seen.get(item.id);
      if (first) {
        ctx.addIssue({
          code: 'custom',
          path: [...path, 'id'],
          message: `Duplicate item id "${item.id}" (first used at ${first}). Give each item a unique id.`,
        });
      } else {
        seen.set(item.id, path.join('.'));
      }
    }
  });

/** A validated checklist, as the content collection and the loaders return it. */
export type ChecklistData = z.output<typeof checklistSchema>;
/** A validated checklist item. */
export type ChecklistItemData = z.output<typeof checklistItemSchema>;
