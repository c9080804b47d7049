import { describe, expect, it } from "vitest";
import type { ConsoleActor } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import { SafeError } from "@/lib/errors";
import {
  archiveTemplate,
  createTemplate,
  listTemplates,
  restoreTemplate,
  updateTemplate,
} from "@/lib/replies/templates";
import { makeConsoleUser, uid } from "@/tests/support/fixtures";

const draft = (over: Record<string, unknown> = {}) => ({
  name: `Thanks ${uid()}`,
  audience: "REPORTER" as const,
  categories: ["CONTACT_SHARING" as const],
  subject: "About {{case_reference}}",
  body: "Hi {{recipient_name}},\n\nThanks.\n{{agent_name}}",
  ...over,
});

describe("reply template management", () => {
  it("lets staff create a template and records who did it in the audit trail", async () => {
    const staff = await makeConsoleUser("STAFF");
    const template = await createTemplate(staff, draft());
    expect(template.version).toBe(1);
    const event = await prisma.auditEvent.findFirstOrThrow({
      where: { action: "TEMPLATE_CREATED", actorId: staff.id },
    });
    expect(event.data).toMatchObject({ templateId: template.id, name: template.name, audience: "REPORTER" });
    expect((await listTemplates()).map((t) => t.id)).toContain(template.id);
  });

  it("refuses an unknown variable with its position, and stores nothing", async () => {
    const staff = await makeConsoleUser("STAFF");
    const name = `Bad ${uid()}`;
    const attempt = createTemplate(staff, draft({ name, body: "Hi {{recipient_name}},\nabout {{job}}" }));
    await expect(attempt).rejects.toThrow(
      /Unknown variable \{\{job\}\} at line 2, column 7\. Did you mean \{\{job_title\}\}\?/,
    );
    expect(await prisma.replyTemplate.count({ where: { name } })).toBe(0);
    expect(await prisma.auditEvent.count({ where: { action: "TEMPLATE_CREATED", actorId: staff.id } })).toBe(0);
  });

  it("refuses support agents and moderators: creating, editing and archiving are staff's and admins' work", async () => {
    const staff = await makeConsoleUser("STAFF");
    const template = await createTemplate(staff, draft());
    for (const role of ["SUPPORT", "MODERATOR"] as const) {
      const user = await makeConsoleUser(role);
      const refused = new SafeError(
        "FORBIDDEN",
        `Your role (${role.toLowerCase()}) may not do this (needs template:manage).`,
      );
      await expect(createTemplate(user, draft())).rejects.toThrow(refused);
      await expect(
        updateTemplate(user, { ...draft({ name: template.name, body: "Changed" }), id: template.id, version: 1 }),
      ).rejects.toThrow(refused);
      await expect(archiveTemplate(user, { id: template.id })).rejects.toThrow(refused);
      await expect(restoreTemplate(user, { id: template.id })).rejects.toThrow(refused);
    }
    const unchanged = await prisma.replyTemplate.findUniqueOrThrow({ where: { id: template.id } });
    expect(unchanged).toMatchObject({ version: 1, archivedAt: null, body: template.body });
  });

  it("lets admins manage templates too", async () => {
    const admin = await makeConsoleUser("ADMIN");
    await expect(createTemplate(admin, draft())).resolves.toMatchObject({ version: 1 });
  });

  it("saves an edit, bumps the version and audits what changed with the earlier values", async () => {
    const staff = await makeConsoleUser("STAFF");
    const template = await createTemplate(staff, draft());
    const { template: saved, changed } = await updateTemplate(staff, {
      ...draft({ name: template.name, body: "Hello {{recipient_name}}", categories: ["OFF_PLATFORM_PAYMENT"] }),
      id: template.id,
      version: 1,
    });
    expect(changed).toEqual(["categories", "body"]);
    expect(saved.version).toBe(2);
    const event = await prisma.auditEvent.findFirstOrThrow({
      where: { action: "TEMPLATE_UPDATED", actorId: staff.id },
    });
    expect(event.data).toMatchObject({
      templateId: template.id,
      fromVersion: 1,
      toVersion: 2,
      before: { body: template.body, categories: ["CONTACT_SHARING"] },
    });
  });

  it("does nothing when nothing changed", async () => {
    const staff = await makeConsoleUser("STAFF");
    const template = await createTemplate(staff, draft());
    const { changed } = await updateTemplate(staff, { ...draft({ name: template.name }), id: template.id, version: 1 });
    expect(changed).toEqual([]);
    expect(await prisma.auditEvent.count({ where: { action: "TEMPLATE_UPDATED", actorId: staff.id } })).toBe(0);
  });

  it("refuses an edit made from an older version instead of overwriting someone else's", async () => {
    const [a, b] = [await makeConsoleUser("STAFF"), await makeConsoleUser("STAFF")];
    const template = await createTemplate(a, draft());
    await updateTemplate(a, { ...draft({ name: template.name, body: "First edit" }), id: template.id, version: 1 });
    await expect(
      updateTemplate(b, { ...draft({ name: template.name, body: "Second edit" }), id: template.id, version: 1 }),
    ).rejects.toThrow(/Someone else changed .* while you were editing/);
    expect((await prisma.replyTemplate.findUniqueOrThrow({ where: { id: template.id } })).body).toBe("First edit");
  });

  it("refuses a duplicate name with a message that says what to do", async () => {
    const staff = await makeConsoleUser("STAFF");
    const first = await createTemplate(staff, draft());
    await expect(createTemplate(staff, draft({ name: first.name }))).rejects.toThrow(
      `A template called "${first.name}" already exists. Choose another name.`,
    );
    await archiveTemplate(staff, { id: first.id });
    await expect(createTemplate(staff, draft({ name: first.name }))).rejects.toThrow(
      /An archived template is already called/,
    );
  });

  it("archives and restores, each audited, and hides archived templates from the list", async () => {
    const staff = await makeConsoleUser("STAFF");
    const template = await createTemplate(staff, draft());
    const archived = await archiveTemplate(staff, { id: template.id });
    expect(archived.archivedAt).not.toBeNull();
    expect((await listTemplates()).map((t) => t.id)).not.toContain(template.id);
    expect((await listTemplates({ includeArchived: true })).map((t) => t.id)).toContain(template.id);
    // Archiving twice is harmless.
    await archiveTemplate(staff, { id: template.id });
    expect(await prisma.auditEvent.count({ where: { action: "TEMPLATE_ARCHIVED", actorId: staff.id } })).toBe(1);
    const restored = await restoreTemplate(staff, { id: template.id });
    expect(restored.archivedAt).toBeNull();
    expect(
      await prisma.auditEvent.findFirst({ where: { action: "TEMPLATE_UPDATED", actorId: staff.id } }),
    ).toMatchObject({ data: expect.objectContaining({ restored: true }) });
  });

  it("writes the change and its audit event in one transaction: if the audit fails, the change is undone", async () => {
    const staff = await makeConsoleUser("STAFF");
    const template = await createTemplate(staff, draft());
    // An actor the audit trail cannot reference: its insert fails after the template update ran.
    const ghost: ConsoleActor = { id: `ghost-${uid()}`, email: "ghost@console.test", name: "Ghost", role: "STAFF" };
    await expect(
      updateTemplate(ghost, { ...draft({ name: template.name, body: "Ghost edit" }), id: template.id, version: 1 }),
    ).rejects.toThrow();
    await expect(archiveTemplate(ghost, { id: template.id })).rejects.toThrow();
    expect(await prisma.replyTemplate.findUniqueOrThrow({ where: { id: template.id } })).toMatchObject({
      body: template.body,
      version: 1,
      archivedAt: null,
    });
  });
});

describe("the starter templates in the demo seed", () => {
  it("are seeded once by name, and a re-seed keeps staff's edits", async () => {
    const { seedReplyTemplates } = await import("@/lib/demo/seed");
    const { DEFAULT_TEMPLATES } = await import("@/lib/replies/default-templates");
    const names = DEFAULT_TEMPLATES.map((t) => t.name);
    await seedReplyTemplates();
    await seedReplyTemplates();
    expect(await prisma.replyTemplate.count({ where: { name: { in: names } } })).toBe(DEFAULT_TEMPLATES.length);

    const staff = await makeConsoleUser("STAFF");
    const first = await prisma.replyTemplate.findUniqueOrThrow({ where: { name: names[0] } });
    await updateTemplate(staff, {
      name: first.name,
      audience: first.audience,
      categories: first.categories,
      subject: first.subject,
      body: "Edited by staff",
      id: first.id,
      version: first.version,
    });
    await seedReplyTemplates();
    expect((await prisma.replyTemplate.findUniqueOrThrow({ where: { id: first.id } })).body).toBe("Edited by staff");
  });
});
