import type { Browser } from '@playwright/test';

/**
 * What marks an operation in Redoc's output: each operation's section has
 * `data-section-id="operation/<operationId>"` (also when prerendered).
 * Extend this if the API pages mark operations differently.
 */
const OPERATION_SELECTOR = '[data-section-id*="operation/"], [id^="operation/"], [id*="/operation/"]';

/**
 * Time from navigation start to the first API operation being visible, in ms,
 * on an unthrottled desktop-sized page (Lighthouse gives the throttled view).
 *
 * @throws Error when no operation becomes visible within 30 s.
 */
export async function timeToFirstOperation(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await page.locator(OPERATION_SELECTOR).first().waitFor({ state: 'visible', timeout: 30_000 });
    return Math.round(await page.evaluate(() => performance.now()));
  } finally {
    await context.close();
  }
}

/**
 * Redoc prerender times the API pages print during the build, read from the
 * build log: lines like `prerendered content/apis/<spec>.yaml (16 operations) with Redoc in <ms> ms`.
 * Empty when the build printed none.
 */
export function prerenderTimes(buildLog: string): Map<string, number> {
  const out = new Map<string, number>();
  const line = /prerendered\s+(?:content\/apis\/)?([\w-]+)(?:\.ya?ml)?\b[^\n]*?\bin\s+([\d.]+)\s*ms/gi;
  for (const m of buildLog.matchAll(line)) out.set(m[1]!, Number(m[2]));
  return out;
}
