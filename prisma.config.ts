import { defineConfig } from "prisma/config";

// The CLI only needs a URL for commands that talk to the database; `generate`
// does not, so a placeholder keeps it working on a machine with no database.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: {
    url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/unset",
  },
});
