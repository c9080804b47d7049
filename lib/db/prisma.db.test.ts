import { afterAll, describe, expect, it } from "vitest";
import { disconnectPrisma, prisma, withoutJit } from "@/lib/db/prisma";

afterAll(async () => {
  await disconnectPrisma();
});

describe("the app's database connections", () => {
  it("run with PostgreSQL's JIT compiler off (it cost claim-next 2 s per call on a large queue)", async () => {
    const [row] = await prisma.$queryRaw<{ jit: string }[]>`SELECT current_setting('jit') AS "jit"`;
    expect(row!.jit).toBe("off");
  });

  it("keep the options a URL already carries", () => {
    const url = new URL(withoutJit("postgresql://u@h:5432/db?options=-c%20default_transaction_read_only%3Don"));
    expect(url.searchParams.get("options")).toBe("-c default_transaction_read_only=on -c jit=off");
    expect(new URL(withoutJit("postgresql://u@h:5432/db")).searchParams.get("options")).toBe("-c jit=off");
  });
});
