// Adds lockfile entries for platform-specific optional packages that the
// npm registry mirror on these machines does not serve (e.g. macOS and
// Windows builds of Next's compiler). Without an entry, `npm ci` refuses the
// lockfile as out of sync; with one, npm skips the package on this platform
// just as it would with a complete lockfile made elsewhere.
//
// Run after `npm install` changes package-lock.json on such a machine:
//   node scripts/lockfile-add-missing-optionals.mjs
import { readFileSync, writeFileSync } from "node:fs";

const PLATFORM =
  /-(android|darwin|freebsd|linux|win32|openbsd|sunos|aix|wasm32)-?(arm64|x64|arm|ia32|wasi|ppc64|s390x|riscv64)?/;

const lock = JSON.parse(readFileSync("package-lock.json", "utf8"));
const packages = lock.packages;
let added = 0;
for (const [path, entry] of Object.entries(packages)) {
  for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    const nested = `${path}/node_modules/${name}`;
    if (packages[key] || packages[nested]) continue;
    const match = name.match(PLATFORM);
    if (!match) continue;
    const [, first, second] = match;
    const os = first === "wasm32" ? undefined : first;
    const cpu = first === "wasm32" ? "wasm32" : second === "wasi" ? "wasm32" : second;
    const version = String(range).replace(/^[\^~=]/, "");
    packages[key] = {
      version,
      ...(cpu ? { cpu: [cpu] } : {}),
      ...(os ? { os: [os] } : {}),
      optional: true,
    };
    added++;
  }
}
writeFileSync("package-lock.json", JSON.stringify(lock, null, 2) + "\n");
console.log(`Added ${added} missing optional platform package(s) to package-lock.json.`);
