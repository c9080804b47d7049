import { existsSync } from "node:fs";
import type { LaunchOptions } from "@playwright/test";

// Debian's Chromium where it is installed (machines that cannot download
// Playwright's own browser), Playwright's browser everywhere else. Shared by
// the Playwright suite and bench:browser, so both drive the same browser.
const debianChromium = "/usr/bin/chromium";

export const chromiumLaunchOptions: LaunchOptions = existsSync(debianChromium)
  ? {
      executablePath: debianChromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    }
  : {};
