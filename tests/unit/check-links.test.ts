import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findBrokenLinks } from '../../scripts/check-links.ts';

const fixture = fileURLToPath(new URL('../fixtures/broken-links/', import.meta.url));

describe('the link checker', () => {
  it('reports a missing page and a missing #anchor, and nothing that resolves', async () => {
    const broken = await findBrokenLinks(fixture);
    const urls = broken.map((link) => link.url).sort();
    expect(urls).toHaveLength(2);
    expect(urls[0]).toMatch(/\/good\/#absent$/);
    expect(urls[1]).toMatch(/\/missing\/$/);
    expect(broken.every((link) => link.parent !== '')).toBe(true);
  });

  it('does not request external hosts', async () => {
    // A real server on another loopback address stands in for an external host:
    // the checker must not send it a single request.
    const requests: string[] = [];
    const server = createServer((req, res) => {
      requests.push(req.url ?? '');
      res.end('ok');
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.2', done));
    const { port } = server.address() as AddressInfo;
    const site = mkdtempSync(join(tmpdir(), 'check-links-'));
    try {
      writeFileSync(
        join(site, 'index.html'),
        `<!doctype html><title>t</title><a href="http://127.0.0.2:${port}/external/">out</a>`,
      );
      expect(await findBrokenLinks(site)).toEqual([]);
      expect(requests).toEqual([]);
    } finally {
      server.close();
      rmSync(site, { recursive: true, force: true });
    }
  });
});
