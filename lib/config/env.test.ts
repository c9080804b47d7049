import { describe, expect, it } from "vitest";
import { EnvError, serverEnv as parseEnv } from "@/lib/config/env";

const serverEnv = (vars: Record<string, string>) => parseEnv(vars as NodeJS.ProcessEnv);

describe("serverEnv: DATABASE_REPLICA_URL", () => {
  it("is optional, and an empty value means unset", () => {
    expect(serverEnv({}).DATABASE_REPLICA_URL).toBeUndefined();
    expect(serverEnv({ DATABASE_REPLICA_URL: "" }).DATABASE_REPLICA_URL).toBeUndefined();
  });

  it("accepts a PostgreSQL URL", () => {
    const url = "postgresql://reader@replica.internal:5432/console";
    expect(serverEnv({ DATABASE_REPLICA_URL: url }).DATABASE_REPLICA_URL).toBe(url);
  });

  it.each([
    ["mysql://reader@replica:3306/console", /must start with postgresql/],
    ["not a url", /not a valid URL/],
    ["postgresql://replica:5432/", /names no database/],
  ])("refuses %s at boot, naming the variable", (value, message) => {
    expect(() => serverEnv({ DATABASE_REPLICA_URL: value })).toThrow(EnvError);
    expect(() => serverEnv({ DATABASE_REPLICA_URL: value })).toThrow(message);
    expect(() => serverEnv({ DATABASE_REPLICA_URL: value })).toThrow(/DATABASE_REPLICA_URL/);
  });
});
