import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * Browser tests run against the built site (`npm run build` first), served by
 * nginx with the production config, `deploy/nginx.conf`, so every test also
 * runs under the real headers and Content-Security-Policy.
 *
 * Port: `E2E_PORT`, else 4322 (the port in deploy/nginx.conf). For another
 * port the config is copied to `deploy/.nginx-<port>.conf` (git-ignored) with
 * only its `listen` and `pid` lines changed. nginx: `NGINX` if set, else
 * Debian's /usr/sbin/nginx, else `nginx` on PATH (`apt-get install nginx`).
 *
 * Browser: `CHROMIUM_PATH` if set, else Debian's /usr/bin/chromium if present,
 * else Playwright's own download (on a laptop after `npx playwright install`).
 * The flags keep Chromium off the network: without them it tries to reach
 * Google's update and sync hosts at every start.
 */
const PORT = Number(process.env['E2E_PORT'] ?? 4322);
const NGINX = process.env['NGINX'] ?? (existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx');

/** The nginx config to start: deploy/nginx.conf itself on 4322, a copy on any other port. */
function nginxConfig(port: number): string {
  if (port === 4322) return 'deploy/nginx.conf';
  const file = `deploy/.nginx-${port}.conf`;
  const conf = readFileSync('deploy/nginx.conf', 'utf8')
    .replace('listen 127.0.0.1:4322;', `listen 127.0.0.1:${port};`)
    .replace('pid /tmp/wdh-nginx.pid;', `pid /tmp/wdh-nginx-${port}.pid;`);
  writeFileSync(file, conf);
  return file;
}
const executablePath =
  process.env['CHROMIUM_PATH'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  workers: 2,
  reporter: process.env['CI'] ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: { args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: `${NGINX} -p "${process.cwd()}" -c ${nginxConfig(PORT)} -e stderr -g "daemon off;"`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 30_000,
  },
});
