import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { projectEntries, relativeImportClosure } from '../../bench/lib/config-closure.ts';
import { buildPhases, routeKind } from '../../bench/lib/phases.ts';
import { marginalCosts } from '../../bench/lib/report.ts';
import {
  generateSite,
  pageMap,
  pagePath,
  retargetLinks,
  sectionCount,
  toPlainMdx,
} from '../../bench/lib/synth.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'bench-synth-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Writes files (path → text) under a fresh folder and returns it. */
function project(name: string, files: Record<string, string>): string {
  const root = join(tmp, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('relativeImportClosure', () => {
  it('follows relative imports transitively, through TypeScript, and skips packages', async () => {
    const root = project('chain', {
      'astro.config.mjs':
        "import { a } from './config/a.ts';\nimport x from 'astro/config';\nexport default a;",
      'config/a.ts': "import { b } from '../lib/b.ts';\nexport const a: number = b;",
      'lib/b.ts': "import type { T } from './types.ts';\nexport const b = await import('./c.ts');",
      'lib/c.ts': 'export const c = 1;',
      'lib/types.ts': 'export type T = number;',
    });
    // Type-only imports are erased when Node loads the config, so they are not needed.
    expect(await relativeImportClosure(root, 'astro.config.mjs')).toEqual([
      'astro.config.mjs',
      'config/a.ts',
      'lib/b.ts',
      'lib/c.ts',
    ]);
  });

  it('reads the frontmatter of Astro components and not their markup', async () => {
    const root = project('astro', {
      'astro.config.mjs': 'export default {};',
      'src/components/A.astro':
        "---\nimport { site } from '../../config/site.ts';\nconst n: number = 1;\n---\n<p>import x from './not-a-module.ts'</p>",
      'src/pages/data.ts': "import { teams } from '../../config/teams.ts';\nexport const t = teams;",
      'src/styles/x.css': 'p {}',
      'config/site.ts': 'export const site = {};',
      'config/teams.ts': 'export const teams = [];',
    });
    const entries = projectEntries(root);
    expect(entries).toEqual(['astro.config.mjs', 'src/components/A.astro', 'src/pages/data.ts']);
    expect(await relativeImportClosure(root, entries)).toEqual([
      'astro.config.mjs',
      'config/site.ts',
      'config/teams.ts',
      'src/components/A.astro',
      'src/pages/data.ts',
    ]);
  });

  it('names the importing file and the specifier when an import points at nothing', async () => {
    const root = project('broken', {
      'astro.config.mjs': "import { a } from './config/a.ts';",
      'config/a.ts': "export { gone } from './gone.ts';",
    });
    await expect(relativeImportClosure(root, 'astro.config.mjs')).rejects.toThrow(
      /config\/a\.ts imports "\.\/gone\.ts", but config\/gone\.ts does not exist/,
    );
  });
});

describe('generateSite (ours)', async () => {
  const info = await generateSite(repo, tmp, 20, 'ours');

  it('copies every file the real config and src/ reach through relative imports', async () => {
    // Throws if any relative import of the generated project is missing.
    const copied = await relativeImportClosure(info.dir, projectEntries(info.dir));
    expect(copied).toEqual(await relativeImportClosure(repo, projectEntries(repo)));
  });

  it('points every comparison at a generated page that shows it', () => {
    for (const name of readdirSync(join(info.dir, 'content/comparisons'))) {
      const id = name.replace(/\.ya?ml$/, '');
      const page = /^page: \/(.*?)\/?$/m.exec(
        readFileSync(join(info.dir, 'content/comparisons', name), 'utf8'),
      )?.[1];
      expect(page, name).toBeDefined();
      const body = readFileSync(join(info.dir, 'content/handbook', `${page || 'index'}.mdx`), 'utf8');
      expect(body, name).toContain(`<Comparison id="${id}" />`);
    }
  });

  it('replaces the sidebar with one listing the generated pages', () => {
    const sidebar = readFileSync(join(info.dir, 'config/sidebar.ts'), 'utf8');
    expect(sidebar).toContain('"slug": "section-01/page-0001"');
    expect(existsSync(join(info.dir, 'content/handbook/section-01/page-0001.mdx'))).toBe(true);
  });
});

describe('retargeting data links at generated pages', () => {
  it('turns handbook files into URL paths', () => {
    expect(['index.mdx', 'roles/backend.mdx', 'concepts/index.mdx', 'a/b.md'].map(pagePath)).toEqual([
      '/',
      '/roles/backend/',
      '/concepts/',
      '/a/b/',
    ]);
  });

  it('assigns real pages to generated ones round robin and keeps / as /', () => {
    const map = pageMap(['/', '/b/', '/a/', '/c/'], ['/', '/g/1/', '/g/2/']);
    expect([...map]).toEqual([
      ['/', '/'],
      ['/a/', '/g/1/'],
      ['/b/', '/g/2/'],
      ['/c/', '/g/1/'],
    ]);
  });

  it('replaces whole paths in links, href and page values, keeping fragments', () => {
    const map = new Map([
      ['/', '/'],
      ['/integration/', '/g/1/'],
      ['/integration/rest/', '/g/2/'],
    ]);
    const yaml = [
      'page: /integration/',
      'text: See [REST](/integration/rest/#verbs) and [home](/).',
      'href: "/integration/"',
      'other: /api/integration/ and /integration/restful/',
    ].join('\n');
    expect(retargetLinks(yaml, map)).toBe(
      [
        'page: /g/1/',
        'text: See [REST](/g/2/#verbs) and [home](/).',
        'href: "/g/1/"',
        'other: /api/integration/ and /integration/restful/',
      ].join('\n'),
    );
  });
});

describe('sectionCount', () => {
  it('grows as the square root of the page count, with at least the real handbook’s 8', () => {
    expect([10, 100, 1000, 5000].map(sectionCount)).toEqual([8, 10, 32, 71]);
  });
});

describe('toPlainMdx', () => {
  it('drops our components and their imports and keeps Starlight’s and the prose', () => {
    const source = [
      '---',
      'title: T',
      '---',
      "import Checklist from '../../../src/components/Checklist.astro';",
      "import { Aside } from '@astrojs/starlight/components';",
      '',
      '<Checklist id="a"',
      '  headingLevel={2} />',
      '<Aside>kept</Aside>',
      'Text',
    ].join('\n');
    expect(toPlainMdx(source)).toBe(
      [
        '---',
        'title: T',
        '---',
        "import { Aside } from '@astrojs/starlight/components';",
        '',
        '<Aside>kept</Aside>',
        'Text',
      ].join('\n'),
    );
  });
});

describe('buildPhases', () => {
  it('reads the phases and sums route times by kind, also when a log line splits a route from its time', () => {
    const log = [
      '20:05:28 [build] Collecting build info...',
      '20:05:28 [build] ✓ Completed in 8.20s.',
      '20:05:36 [vite] ✓ built in 8.78s',
      '20:05:38 [vite] ✓ built in 950ms',
      ' generating static routes ',
      '20:05:41   ├─ /api/projects/index.html[api] prerendered content/apis/projects.yaml with Redoc in 399 ms',
      ' (+771ms) ',
      '20:05:42   ├─ /section-01/page-0010/index.html (+30ms) ',
      '20:05:42   ├─ /section-01/page-0011/index.html (+10ms) ',
      '20:05:42   └─ /section-01/page-0012/index.html (+12ms) ',
      '20:05:43 ✓ Completed in 4.28s.',
      '20:05:43 [starlight:pagefind] Finished building search index in 243ms.',
      '20:05:43 [build] 77 page(s) built in 1m 23.74s',
    ].join('\n');
    expect(buildPhases(log)).toEqual({
      astroMs: 83740,
      collectMs: 8200,
      viteMs: 9730,
      renderMs: 4280,
      pagefindMs: 243,
      routes: {
        api: { count: 1, ms: 771 },
        'synthetic rich': { count: 1, ms: 30 },
        synthetic: { count: 2, ms: 22 },
      },
    });
  });

  it('classifies routes', () => {
    expect(['/checklists/a/index.html', '/api/a.yaml', '/roles/backend/index.html'].map(routeKind)).toEqual([
      'checklists',
      'data',
      'page',
    ]);
  });
});

describe('marginalCosts', () => {
  it('gives the cost per page of each step between sizes, from the medians', () => {
    const s = (pages: number, median: number) => ({
      pages,
      flavour: 'ours' as const,
      wallMs: { median, min: median, max: median, n: 1 },
    });
    const build = { synthetic: [s(1000, 50_000), s(100, 14_000), s(5000, 250_000)] };
    expect(marginalCosts(build as unknown as Parameters<typeof marginalCosts>[0], 'ours')).toEqual([
      { from: 100, to: 1000, msPerPage: 40 },
      { from: 1000, to: 5000, msPerPage: 50 },
    ]);
  });
});
