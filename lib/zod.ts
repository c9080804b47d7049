import { z } from "zod";

/**
 * The one Zod of the console: every module imports `z` from here (an ESLint rule refuses "zod"
 * elsewhere), so this setting holds everywhere, in the browser too. Jitless: Zod otherwise
 * compiles object parsers with `new Function`, which a Content-Security-Policy without
 * 'unsafe-eval' refuses (lib/http/security-headers.ts).
 */
z.config({ jitless: true });

export { z };
