// Generates the Prisma client into lib/generated/prisma.
//
// `prisma generate` never runs Prisma's native schema engine, but it insists
// on finding one and tries to download it when missing. On machines that
// cannot reach Prisma's binary host that download fails, so point it at any
// existing file: the generated client is the same either way.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const env = { ...process.env };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY) {
  env.PRISMA_SCHEMA_ENGINE_BINARY = require.resolve("prisma/package.json");
}
const prismaBin = require.resolve("prisma/build/index.js");
if (!existsSync(prismaBin)) {
  console.error("prisma is not installed; run npm install first.");
  process.exit(1);
}
const result = spawnSync(process.execPath, [prismaBin, "generate"], { env, stdio: "inherit" });
process.exit(result.status ?? 1);
