/**
 * Takes screenshots of built pages for a human to look at: each path in the
 * light theme, the dark theme, and at 320 px wide (light), the WCAG 2.2 reflow width.
 *
 * Usage: `npm run preview` in one shell, then
 *   node scripts/screenshot.ts /roles/backend/ /checklists/
 * Writes PNGs to test-results/screenshots/ and prints their paths.
 * Env: BASE_URL (default http://127.0.0.1:4321), CHROMIUM_PATH.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../playwright.config.ts';

const base = process.env['BASE_URL'] ?? 'http://127.0.0.1:4321';
const executablePath =
  process.env['CHROMIUM_PATH'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const outDir = 'test-results/screenshots';
mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({ args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) });
const shots = [
  { name: 'light', theme: 'light', width: 1280 },
  { name: 'dark', theme: 'dark', width: 1280 },
  { name: '320', theme: 'light', width: 320 },
] as const;
for (const path of process.argv.slice(2)) {
  for (const shot of shots) {
    const context = await browser.newContext({
      viewport: { width: shot.width, height: 900 },
      colorScheme: shot.theme,
    });
    await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), shot.theme);
    const page = await context.newPage();
    await page.goto(new URL(path, base).href, { waitUntil: 'networkidle' });
    const file = `${outDir}/${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${shot.name}.png`;
    await page.screenshot({ path: file, fullPage: shot.width === 320 });
    console.log(file);
    await context.close();
  }
}
await browser.close();
