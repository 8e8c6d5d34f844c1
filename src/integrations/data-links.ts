import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse } from 'yaml';
import { dataFiles } from '../lib/data-files.ts';
import { internalLinks, linkPath } from '../lib/data-links.ts';

/** The data folders and files whose Markdown and `href`s link into the handbook. */
const SOURCES = ['content/checklists', 'content/comparisons', 'content/workflow', 'content/backend-flow'];

/**
 * Fails `astro build` when a YAML data file links to a page the build did
 * not produce, naming the YAML file, the field and the link, e.g.
 * `content/checklists/security-review.yaml: sections.1.items.0.links.0.href: /concepts/securty/ is not a page of the site`.
 * The post-build link checker (`npm run test:links`) would only name the page
 * the broken link appears on.
 */
export function dataLinks(): AstroIntegration {
  let root = '';
  return {
    name: 'handbook:data-links',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const exists = (path: string) =>
          existsSync(join(out, path, 'index.html')) || existsSync(join(out, path.replace(/\/$/, '')));
        const broken: string[] = [];
        let count = 0;
        for (const folder of SOURCES) {
          const abs = join(root, folder);
          if (!existsSync(abs)) continue;
          for (const name of dataFiles(abs)) {
            const file = `${folder}/${name}`;
            for (const link of internalLinks(parse(readFileSync(join(abs, name), 'utf8')))) {
              count++;
              if (!exists(linkPath(link.href))) {
                broken.push(
                  `  ${file}: ${link.field}: ${link.href} is not a page of the site. Fix the path.`,
                );
              }
            }
          }
        }
        if (broken.length) throw new Error(`Broken internal links in data files:\n${broken.join('\n')}`);
        logger.info(`${count} internal links in data files point at built pages.`);
      },
    },
  };
}
