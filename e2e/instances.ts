/**
 * The two app instances `npm test` runs (playwright.config.ts): the first
 * serves every spec, the second only the specs that work across instances.
 */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const instanceUrl = (instance: 1 | 2) => `http://localhost:${E2E_PORT + instance - 1}`;
