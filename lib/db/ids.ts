import { randomBytes } from "node:crypto";
import { hostname } from "node:os";

/**
 * Ids in the shape of Prisma's `cuid()` (version 1: "c", time, counter,
 * host fingerprint, randomness; 25 characters), for rows inserted with raw
 * SQL in bulk, where Prisma's client does not fill @default(cuid()) in.
 */
const BASE = 36;
const pad = (s: string, n: number) => s.padStart(n, "0").slice(-n);
const fingerprint = pad(
  process.pid.toString(BASE) +
    [...hostname()].reduce((n, c) => n + c.charCodeAt(0), hostname().length + BASE).toString(BASE),
  4,
);
let counter = randomBytes(2).readUInt16BE(0);

// Randomness drawn in blocks: one system call per 680 ids, not one per id.
let pool = randomBytes(4096);
let offset = 0;
function random48(): number {
  if (offset + 6 > pool.length) {
    pool = randomBytes(4096);
    offset = 0;
  }
  const n = pool.readUIntBE(offset, 6);
  offset += 6;
  return n;
}

export function cuid(): string {
  counter = (counter + 1) % BASE ** 4;
  const random = pad(random48().toString(BASE), 8);
  return `c${pad(Date.now().toString(BASE), 8)}${pad(counter.toString(BASE), 4)}${fingerprint}${random}`;
}
