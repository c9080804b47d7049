import { describe, expect, it } from "vitest";
import { DatabaseUrlError, isLocalDatabase, parseDatabaseUrl, redact, withDatabase } from "@/lib/db/database-url";

describe("parseDatabaseUrl", () => {
  it("accepts postgres and postgresql URLs", () => {
    expect(parseDatabaseUrl("postgresql://u:p@localhost:5432/db").hostname).toBe("localhost");
    expect(parseDatabaseUrl("postgres://u@db.internal/console").pathname).toBe("/console");
  });

  it.each([
    [undefined, /not set/],
    ["", /not set/],
    ["localhost:5432/db", /must start with postgresql/],
    ["not a url", /not a valid URL/],
    ["mysql://u@h/db", /must start with postgresql/],
    ["postgresql://localhost:5432", /names no database/],
  ])("explains what is wrong with %j", (raw, message) => {
    expect(() => parseDatabaseUrl(raw)).toThrow(DatabaseUrlError);
    expect(() => parseDatabaseUrl(raw)).toThrow(message);
  });

  it("never prints the password", () => {
    expect(redact("postgresql://me:s3cret@host/db")).not.toContain("s3cret");
    expect(() => parseDatabaseUrl("postgresql://me:s3cret@")).toThrow();
    try {
      parseDatabaseUrl("http://me:s3cret@host/db");
    } catch (error) {
      expect(String(error)).not.toContain("s3cret");
    }
  });

  it("swaps the database and tells local from remote hosts", () => {
    expect(withDatabase("postgresql://u@localhost:5432/a", "b")).toBe("postgresql://u@localhost:5432/b");
    expect(isLocalDatabase("postgresql://u@127.0.0.1/a")).toBe(true);
    expect(isLocalDatabase("postgresql://u@db.example.org/a")).toBe(false);
  });
});
