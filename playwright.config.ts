// Playwright runs the end-to-end tests against the built site (`npm run build`
// first), served by scripts/serve.ts exactly as a static host would serve it.
import {chromium, defineConfig} from "@playwright/test";
import {existsSync} from "node:fs";

// Prefer Debian's chromium (the machine has no network to download
// Playwright's browser); fall back to a Playwright-installed one.
function chromiumPath(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`);
    return fromEnv;
  }
  if (existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  let bundled = "";
  try {
    bundled = chromium.executablePath();
  } catch {
    // Playwright throws when it knows no browser for this platform.
  }
  if (bundled && existsSync(bundled)) return bundled;
  throw new Error("No Chromium found: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH");
}

// E2E_PORT lets several checkouts test at once on one machine.
const port = Number(process.env.E2E_PORT ?? 4321);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "tests/e2e",
  workers: 2, // the machine has 2 cores
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: "list",
  use: {
    baseURL,
    browserName: "chromium",
    timezoneId: "UTC",
    locale: "en-US",
    launchOptions: {
      executablePath: chromiumPath(),
      // The network is closed: without these Chromium keeps trying to reach
      // Google services and logs refused connections.
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage"
      ]
    }
  },
  webServer: {
    // Explicit path: works even when playwright is run outside `npm run`.
    command: `node_modules/.bin/tsx scripts/serve.ts --root dist --port ${port}`,
    url: `${baseURL}/`,
    reuseExistingServer: !process.env.CI
  }
});
