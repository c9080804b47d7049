// Next's own rules (React, hooks, Core Web Vitals) with typescript-eslint, as `create-next-app` sets up.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  prettier,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // One Zod, configured once (jitless, so the Content-Security-Policy needs no 'unsafe-eval').
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [{ name: "zod", message: 'Import { z } from "@/lib/zod": it runs Zod jitless, as the CSP needs.' }],
          patterns: [
            { group: ["zod/*"], message: 'Import { z } from "@/lib/zod": it runs Zod jitless, as the CSP needs.' },
          ],
        },
      ],
    },
  },
  { files: ["lib/zod.ts"], rules: { "no-restricted-imports": "off" } },
  {
    // React hooks live only in app/ and components/. Elsewhere a `use…` name is a Vitest or Playwright
    // helper (useIsolatedDatabase, the fixtures' `use` callback) or the detector's model switch.
    files: ["e2e/**", "tests/**", "scripts/**", "lib/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  globalIgnores([
    ".next/**",
    "lib/generated/**",
    "lib/detection/model/weights.ts",
    "lib/detection/model/clusters.ts",
    "next-env.d.ts",
    ".data/**",
    "test-results/**",
    "playwright-report/**",
  ]),
]);
