import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';

/** Starts Chromium the way the tests do (Debian's binary, network-quiet flags). */
export function launch(executablePath: string, args: readonly string[]): Promise<Browser> {
  return chromium.launch({ executablePath, args: [...args] });
}

/** Total size in bytes and file count of a folder, recursively; zeros when it does not exist. */
export function folderSize(dir: string): { bytes: number; files: number } {
  if (!existsSync(dir)) return { bytes: 0, files: 0 };
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(dir)) {
    const f = join(dir, name);
    const s = statSync(f);
    if (s.isDirectory()) {
      const sub = folderSize(f);
      bytes += sub.bytes;
      files += sub.files;
    } else {
      bytes += s.size;
      files += 1;
    }
  }
  return { bytes, files };
}

/** Bytes a page received over the network while `fn` ran: transferred (encoded) and decoded, in total and per response (URL path). */
export async function bytesDuring(
  page: Page,
  fn: () => Promise<void>,
): Promise<{
  transfer: number;
  raw: number;
  entries: Array<{ url: string; transfer: number; raw: number }>;
}> {
  const responses: Array<Promise<{ transfer: number; raw: number; url: string }>> = [];
  const onResponse = (res: import('@playwright/test').Response): void => {
    responses.push(
      (async () => {
        const body = await res.body().catch(() => Buffer.alloc(0));
        const sizes = await res
          .request()
          .sizes()
          .catch(() => ({ responseBodySize: body.length }));
        return { transfer: sizes.responseBodySize, raw: body.length, url: new URL(res.url()).pathname };
      })(),
    );
  };
  page.on('response', onResponse);
  try {
    await fn();
  } finally {
    page.off('response', onResponse);
  }
  const all = await Promise.all(responses);
  return {
    transfer: all.reduce((a, r) => a + r.transfer, 0),
    raw: all.reduce((a, r) => a + r.raw, 0),
    entries: all,
  };
}
