import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { assertCan, type ConsoleActor } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";
import { SafeError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  templateInputSchema,
  templateRefSchema,
  templateUpdateSchema,
  type TemplateData,
  type TemplateInput,
  type TemplateUpdateInput,
} from "@/lib/replies/schemas";

const TEMPLATE_SELECT = {
  id: true,
  name: true,
  audience: true,
  categories: true,
  subject: true,
  body: true,
  version: true,
  archivedAt: true,
  updatedAt: true,
  createdBy: { select: { name: true } },
} as const;

/** Every template, active ones first by name; what the templates page lists. */
export function listTemplates(options: { includeArchived?: boolean } = {}) {
  return prisma.replyTemplate.findMany({
    where: options.includeArchived ? {} : { archivedAt: null },
    orderBy: [{ name: "asc" }],
    select: TEMPLATE_SELECT,
  });
}

export function findTemplate(id: string) {
  return prisma.replyTemplate.findUnique({ where: { id }, select: TEMPLATE_SELECT });
}

export type TemplateRow = NonNullable<Awaited<ReturnType<typeof findTemplate>>>;

async function nameConflict(name: string): Promise<SafeError> {
  const other = await prisma.replyTemplate.findUnique({ where: { name }, select: { archivedAt: true } });
  return new SafeError(
    "CONFLICT",
    other?.archivedAt
      ? `An archived template is already called "${name}". Restore it, or choose another name.`
      : `A template called "${name}" already exists. Choose another name.`,
  );
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** Staff and admins only; the template text is checked for unknown variables first. */
export async function createTemplate(actor: ConsoleActor, input: TemplateInput) {
  assertCan(actor, "template:manage");
  const data = templateInputSchema.parse(input);
  try {
    return await prisma.$transaction(async (tx) => {
      const template = await tx.replyTemplate.create({
        data: { ...data, createdById: actor.id },
        select: TEMPLATE_SELECT,
      });
      await recordAudit(tx, {
        action: "TEMPLATE_CREATED",
        actorId: actor.id,
        reason: `Template "${template.name}"`,
        data: {
          templateId: template.id,
          name: template.name,
          audience: template.audience,
          categories: template.categories,
          version: template.version,
        },
      });
      return template;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw await nameConflict(data.name);
    throw error;
  }
}

const FIELDS = ["name", "audience", "categories", "subject", "body"] as const satisfies readonly (keyof TemplateData)[];

/**
 * Saves an edit made from `version`. If someone else saved in between, the
 * edit is refused rather than silently overwriting theirs.
 */
export async function updateTemplate(actor: ConsoleActor, input: TemplateUpdateInput) {
  assertCan(actor, "template:manage");
  const { id, version, ...data } = templateUpdateSchema.parse(input);
  try {
    return await prisma.$transaction(async (tx) => {
      const current = await tx.replyTemplate.findUnique({ where: { id }, select: TEMPLATE_SELECT });
      if (!current) throw new SafeError("NOT_FOUND", "That template no longer exists.");
      if (current.version !== version) {
        throw new SafeError(
          "STALE_VERSION",
          `Someone else changed "${current.name}" while you were editing. Reload to see their version, then make your change again.`,
        );
      }
      const changed = FIELDS.filter((f) => JSON.stringify(current[f]) !== JSON.stringify(data[f]));
      if (changed.length === 0) return { template: current, changed };
      const updated = await tx.replyTemplate.updateMany({
        where: { id, version },
        data: { ...data, version: { increment: 1 } },
      });
      if (updated.count === 0)
        throw new SafeError(
          "STALE_VERSION",
          `Someone else changed "${current.name}" at the same moment. Reload and try again.`,
        );
      const template = await tx.replyTemplate.findUniqueOrThrow({ where: { id }, select: TEMPLATE_SELECT });
      await recordAudit(tx, {
        action: "TEMPLATE_UPDATED",
        actorId: actor.id,
        reason: `Template "${template.name}": changed ${changed.join(", ")}`,
        data: {
          templateId: id,
          name: template.name,
          fromVersion: current.version,
          toVersion: template.version,
          changed,
          before: Object.fromEntries(changed.map((f) => [f, current[f]])),
        },
      });
      return { template, changed };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw await nameConflict(data.name);
    throw error;
  }
}

/** Archived templates leave the composer but stay linked to the replies sent from them. */
export async function archiveTemplate(actor: ConsoleActor, input: { id: string }) {
  return setArchived(actor, input, true);
}

export async function restoreTemplate(actor: ConsoleActor, input: { id: string }) {
  return setArchived(actor, input, false);
}

async function setArchived(actor: ConsoleActor, input: { id: string }, archive: boolean) {
  assertCan(actor, "template:manage");
  const { id } = templateRefSchema.parse(input);
  return prisma.$transaction(async (tx) => {
    const current = await tx.replyTemplate.findUnique({ where: { id }, select: TEMPLATE_SELECT });
    if (!current) throw new SafeError("NOT_FOUND", "That template no longer exists.");
    if ((current.archivedAt !== null) === archive) return current;
    const template = await tx.replyTemplate.update({
      where: { id },
      data: { archivedAt: archive ? new Date() : null, version: { increment: 1 } },
      select: TEMPLATE_SELECT,
    });
    await recordAudit(tx, {
      action: archive ? "TEMPLATE_ARCHIVED" : "TEMPLATE_UPDATED",
      actorId: actor.id,
      reason: archive ? `Template "${template.name}" archived` : `Template "${template.name}" restored`,
      data: {
        templateId: id,
        name: template.name,
        fromVersion: current.version,
        toVersion: template.version,
        ...(archive ? {} : { restored: true }),
      },
    });
    return template;
  });
}
