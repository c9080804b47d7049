import { describe, expect, it } from "vitest";
import { createApiToken, listApiTokens, revokeApiToken } from "@/lib/admin/api-tokens/service";
import { hashApiToken } from "@/lib/admin/api-tokens/token";
import { prisma } from "@/lib/db/prisma";
import { makeConsoleUser } from "@/tests/support/fixtures";

const actorOf = (u: { id: string; email: string; name: string; role: "ADMIN" }) => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role,
});

describe("API token management", () => {
  it("creates a token shown once: only its hash and prefix are stored, with an audit entry", async () => {
    const admin = await makeConsoleUser("ADMIN");
    const created = await createApiToken(actorOf({ ...admin, role: "ADMIN" }), { name: "  Marketplace production  " });
    expect(created.token).toMatch(/^tsc_/);
    const row = await prisma.apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({
      name: "Marketplace production",
      tokenHash: hashApiToken(created.token),
      prefix: created.token.slice(0, 12),
      createdById: admin.id,
      revokedAt: null,
    });
    expect(JSON.stringify(row)).not.toContain(created.token);
    const event = await prisma.auditEvent.findFirstOrThrow({
      where: { action: "API_TOKEN_CREATED", actorId: admin.id },
    });
    expect(event.data).toEqual({ tokenId: created.id, name: "Marketplace production", prefix: row.prefix });
    expect(JSON.stringify(event.data)).not.toContain(created.token);
    const listed = (await listApiTokens()).find((t) => t.id === created.id);
    expect(listed).toMatchObject({ name: "Marketplace production", createdBy: { name: admin.name } });
    expect(listed).not.toHaveProperty("tokenHash");
  });

  it("refuses a name that is too short, writing nothing", async () => {
    const admin = await makeConsoleUser("ADMIN");
    const before = await prisma.apiToken.count();
    await expect(createApiToken(actorOf({ ...admin, role: "ADMIN" }), { name: " x " })).rejects.toThrow();
    expect(await prisma.apiToken.count()).toBe(before);
  });

  it("revokes once, audited; revoking again changes nothing", async () => {
    const admin = await makeConsoleUser("ADMIN");
    const actor = actorOf({ ...admin, role: "ADMIN" });
    const created = await createApiToken(actor, { name: "Staging" });
    const first = await revokeApiToken(actor, { tokenId: created.id });
    expect(first.alreadyRevoked).toBe(false);
    const second = await revokeApiToken(actor, { tokenId: created.id });
    expect(second.alreadyRevoked).toBe(true);
    expect((await prisma.apiToken.findUniqueOrThrow({ where: { id: created.id } })).revokedAt).not.toBeNull();
    expect(await prisma.auditEvent.count({ where: { action: "API_TOKEN_REVOKED", actorId: admin.id } })).toBe(1);
    await expect(revokeApiToken(actor, { tokenId: "missing" })).rejects.toThrow(/no longer exists/);
  });
});
