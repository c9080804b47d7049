import { inject } from "vitest";

// Every module that reads DATABASE_URL (the Prisma client above all) talks
// to this run's own database.
process.env.DATABASE_URL = inject("databaseUrl");
