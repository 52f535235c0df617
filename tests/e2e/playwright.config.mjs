// Browser end-to-end tests in Debian's Chromium against the server `scripts/test.sh` started.
import { defineConfig } from "@playwright/test";

export default defineConfig({
  testDir: ".",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  reporter: [["list"], ["json"]],
  outputDir: process.env.PLAYWRIGHT_OUTPUT_DIR || "/tmp/quarterhour-e2e-results",
  use: {
    baseURL: process.env.QH_BASE_URL,
    trace: "off",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
});
