import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';

/**
 * Synthetic handbooks for the build benchmark: N generated pages of about
 * 600 words each (headings, a table, a code block; every tenth page also a
 * checklist and a comparison), written twice from the same text:
 *
 * - `ours`: a copy of this project's layout (astro.config.mjs, src/, public/,
 *   config/site.ts, content data folders) with the generated pages in
 *   content/handbook/ and a generated config/sidebar.ts. It builds with our
 *   full configuration, unchanged; node_modules is a symlink to ours.
 * - `plain`: a stock Starlight project (src/content/docs/, docsLoader, no
 *   integrations or CSS of ours), the baseline a team would start from.
 *
 * The text is generated from a fixed seed, so every run builds the same pages.
 */

/** Which configuration a synthetic project builds with. */
export type Flavour = 'ours' | 'plain';

/** What was generated, for the report. */
export interface SynthInfo {
  /** Project folder. */
  dir: string;
  pages: number;
  /** Pages with a checklist and a comparison (every tenth). */
  richPages: number;
  /** True when `ours` used the real `<Checklist>`/`<Comparison>` components; false when Markdown stand-ins. */
  realChecklist: boolean;
  realComparison: boolean;
  /** Mean words per page (prose, table and code included). */
  meanWords: number;
}

const WORDS = (
  'request response service client server schema contract endpoint handler queue cache database index ' +
  'migration release deploy rollback feature flag review test fixture coverage latency throughput budget ' +
  'error retry timeout idempotent token session cookie header payload validation pagination version ' +
  'frontend backend component route middleware logging metric trace alert dashboard incident owner ' +
  'ticket sprint estimate acceptance criteria stakeholder product design accessibility contrast keyboard ' +
  'focus layout render hydrate bundle chunk module import export static dynamic edge region replica'
).split(' ');

/** Mulberry32: a small seeded PRNG, so the generated text is the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(rand: () => number, n: number): string {
  const w = Array.from({ length: n }, () => WORDS[Math.floor(rand() * WORDS.length)]!);
  const s = w.join(' ');
  return s.charAt(0).toUpperCase() + s.slice(1) + '.';
}

function paragraph(rand: () => number, words: number): string {
  const out: string[] = [];
  let left = words;
  while (left > 0) {
    const n = Math.min(left, 8 + Math.floor(rand() * 10));
    out.push(sentence(rand, n));
    left -= n;
  }
  return out.join(' ');
}

/** Ids of the data files of one kind (content/<kind>/<id>.yaml) in the real project, sorted. */
function dataIds(repo: string, kind: string): string[] {
  const dir = join(repo, 'content', kind);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => f.replace(/\.ya?ml$/, ''))
    .sort();
}

/** Markdown stand-in for a checklist: a GFM task list. */
function checklistMarkdown(rand: () => number): string {
  return Array.from({ length: 8 }, () => `- [ ] ${sentence(rand, 7)}`).join('\n');
}

/** Markdown stand-in for a comparison: a four-column table with six rows. */
function comparisonMarkdown(rand: () => number): string {
  const rows = Array.from(
    { length: 6 },
    () => `| ${sentence(rand, 2)} | ${sentence(rand, 5)} | ${sentence(rand, 5)} | ${sentence(rand, 5)} |`,
  );
  return ['| Criterion | Option A | Option B | Option C |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

interface PageText {
  slug: string;
  body: string;
  words: number;
}

/** The generated pages: `section-XX/page-YYYY`, ten sections, plus an index page. */
function pages(
  count: number,
  flavour: Flavour,
  comps: { checklists: string[]; comparisons: string[] },
  importPrefix: string,
): PageText[] {
  const out: PageText[] = [];
  const per = Math.ceil(count / 10);
  for (let i = 0; i < count; i++) {
    const rand = prng(1000 + i); // same text for both flavours
    const section = String(Math.floor(i / per) + 1).padStart(2, '0');
    const slug = i === 0 ? 'index' : `section-${section}/page-${String(i).padStart(4, '0')}`;
    const title = `Page ${i}: ${sentence(rand, 3).replace('.', '')}`;
    const parts: string[] = [
      '---',
      `title: '${title}'`,
      `description: '${sentence(rand, 12)}'`,
      '---',
      '',
      paragraph(rand, 90),
      '',
      '## Overview',
      '',
      paragraph(rand, 110),
      '',
      '### When to use it',
      '',
      paragraph(rand, 90),
      '',
      '| Step | Owner | Output |',
      '| --- | --- | --- |',
      ...Array.from(
        { length: 5 },
        () => `| ${sentence(rand, 3)} | ${sentence(rand, 2)} | ${sentence(rand, 4)} |`,
      ),
      '',
      '## How it works',
      '',
      paragraph(rand, 110),
      '',
      '```ts',
      `export async function handle${i}(request: Request): Promise<Response> {`,
      `  const body = await request.json();`,
      `  if (!body.id) return new Response('missing id', { status: 400 });`,
      `  return Response.json({ id: body.id, page: ${i} });`,
      `}`,
      '```',
      '',
      '## Pitfalls',
      '',
      paragraph(rand, 100),
    ];
    const imports: string[] = [];
    if (i % 10 === 0) {
      parts.push('', '## Checklist', '');
      const cl = comps.checklists[i % Math.max(1, comps.checklists.length)];
      if (flavour === 'ours' && cl) {
        imports.push(`import Checklist from '${importPrefix}src/components/Checklist.astro';`);
        parts.push(`<Checklist id="${cl}" />`);
      } else parts.push(checklistMarkdown(rand));
      parts.push('', '## Comparison', '');
      const cmp = comps.comparisons[i % Math.max(1, comps.comparisons.length)];
      if (flavour === 'ours' && cmp) {
        imports.push(`import Comparison from '${importPrefix}src/components/Comparison.astro';`);
        parts.push(`<Comparison id="${cmp}" />`);
      } else parts.push(comparisonMarkdown(rand));
    }
    if (imports.length > 0) parts.splice(5, 0, ...imports, '');
    const body = parts.join('\n') + '\n';
    const words = body
      .split('---')
      .slice(2)
      .join(' ')
      .split(/\s+/)
      .filter((w) => /[a-z]/i.test(w)).length;
    out.push({ slug, body, words });
  }
  return out;
}

/** Writes config/sidebar.ts listing every generated page, one group a section (as our curated sidebar does). */
function sidebarSource(slugs: string[]): string {
  const groups = new Map<string, string[]>();
  for (const s of slugs) {
    if (s === 'index') continue;
    const g = s.split('/')[0]!;
    groups.set(g, [...(groups.get(g) ?? []), s]);
  }
  const items = [...groups].map(
    ([g, list]) => ({ label: g, items: list.map((slug) => ({ slug })) }) as const,
  );
  return `// Generated by bench/lib/synth.ts.\nexport const sidebar = ${JSON.stringify(items, null, 1)};\n`;
}

/**
 * Makes the project its own git repository with one commit. bench/out/ is
 * gitignored in ours, and Tailwind's source detection honours .gitignore: in
 * an ignored folder it scanned node_modules and emitted ~40 KB of unused
 * utilities. A repository of its own also gives our "last updated"
 * middleware a `git log` to read, as in the real handbook.
 */
function initRepo(dir: string): void {
  writeFileSync(join(dir, '.gitignore'), 'node_modules/\ndist/\n.astro/\n.bench-cache/\n*.log\n');
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 'bench',
    GIT_AUTHOR_EMAIL: 'bench@example.com',
    GIT_COMMITTER_NAME: 'bench',
    GIT_COMMITTER_EMAIL: 'bench@example.com',
  };
  for (const args of [
    ['init', '-q'],
    ['add', '-A'],
    ['commit', '-q', '--no-gpg-sign', '-m', 'synthetic handbook'],
  ]) {
    execFileSync('git', args, { cwd: dir, env, stdio: 'ignore' });
  }
}

/**
 * Generates one synthetic project and returns where it is.
 *
 * @param repo this project's root (what `ours` copies).
 * @param outDir where projects go (bench/out/).
 * @param count number of pages, ≥ 10.
 */
export function generateSite(repo: string, outDir: string, count: number, flavour: Flavour): SynthInfo {
  const dir = join(outDir, `synth-${flavour}-${count}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'), 'dir');

  const checklists = dataIds(repo, 'checklists');
  const comparisons = dataIds(repo, 'comparisons');
  const realChecklist =
    flavour === 'ours' && checklists.length > 0 && existsSync(join(repo, 'src/components/Checklist.astro'));
  const realComparison =
    flavour === 'ours' && comparisons.length > 0 && existsSync(join(repo, 'src/components/Comparison.astro'));

  const contentRoot = flavour === 'ours' ? join(dir, 'content/handbook') : join(dir, 'src/content/docs');
  const generated = pages(
    count,
    flavour,
    { checklists: realChecklist ? checklists : [], comparisons: realComparison ? comparisons : [] },
    '../../../',
  );
  for (const p of generated) {
    const file = join(contentRoot, `${p.slug}.mdx`);
    mkdirSync(join(file, '..'), { recursive: true });
    // The index page sits one folder higher than the others.
    writeFileSync(file, p.slug === 'index' ? p.body.replaceAll("'../../../src/", "'../../src/") : p.body);
  }

  if (flavour === 'ours') {
    for (const f of ['astro.config.mjs', 'package.json', 'tsconfig.json'])
      cpSync(join(repo, f), join(dir, f));
    for (const d of ['src', 'public']) cpSync(join(repo, d), join(dir, d), { recursive: true });
    // All of config/ (astro.config.mjs imports several modules from it), then
    // the generated sidebar over the real one.
    cpSync(join(repo, 'config'), join(dir, 'config'), { recursive: true });
    writeFileSync(join(dir, 'config/sidebar.ts'), sidebarSource(generated.map((p) => p.slug)));
    // Data the components and routes read (checklists, comparisons, API specs, workflow...).
    for (const kind of readdirSync(join(repo, 'content'))) {
      if (kind !== 'handbook')
        cpSync(join(repo, 'content', kind), join(dir, 'content', kind), { recursive: true });
    }
  } else {
    // Astro finds packages with .astro components (Starlight) through the
    // root package.json's dependencies; without them it externalises Starlight.
    const deps = (
      JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }
    ).dependencies;
    const pick = { astro: deps['astro'], '@astrojs/starlight': deps['@astrojs/starlight'] };
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({ name: 'plain-starlight', type: 'module', dependencies: pick }),
    );
    const groups = [...new Set(generated.map((p) => p.slug.split('/')[0]!).filter((g) => g !== 'index'))];
    writeFileSync(
      join(dir, 'astro.config.mjs'),
      [
        "import starlight from '@astrojs/starlight';",
        "import { defineConfig } from 'astro/config';",
        '// Plain Starlight: the baseline. Same sidebar shape as ours (one group a section).',
        'export default defineConfig({',
        "  site: 'https://handbook.example.com',",
        '  integrations: [starlight({',
        "    title: 'Plain Starlight',",
        `    sidebar: ${JSON.stringify(groups.map((g) => ({ label: g, items: [{ autogenerate: { directory: g } }] })))},`,
        '  })],',
        '});',
        '',
      ].join('\n'),
    );
    // Starlight's starter ships public/favicon.svg; without one every page logs a 404.
    mkdirSync(join(dir, 'public'));
    cpSync(join(repo, 'public/favicon.svg'), join(dir, 'public/favicon.svg'));
    writeFileSync(
      join(dir, 'src/content.config.ts'),
      [
        "import { defineCollection } from 'astro:content';",
        "import { docsLoader } from '@astrojs/starlight/loaders';",
        "import { docsSchema } from '@astrojs/starlight/schema';",
        'export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };',
        '',
      ].join('\n'),
    );
  }
  initRepo(dir);
  return {
    dir,
    pages: count,
    richPages: generated.filter((_p, i) => i % 10 === 0).length,
    realChecklist,
    realComparison,
    meanWords: Math.round(generated.reduce((a, p) => a + p.words, 0) / generated.length),
  };
}
