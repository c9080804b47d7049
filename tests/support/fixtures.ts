import { randomBytes } from "node:crypto";
import { prisma } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ConsoleRole } from "@/lib/generated/prisma/enums";

/** Unique-per-call values, so tests sharing one database never collide. */
export const uid = () => randomBytes(5).toString("hex");

export async function makeAccount(
  overrides: Partial<{
    kind: "CLIENT" | "FREELANCER";
    joinedAt: Date;
    paymentVerified: boolean;
    status: "ACTIVE" | "RESTRICTED" | "SUSPENDED";
  }> = {},
) {
  const id = uid();
  return prisma.account.create({
    data: {
      externalId: `test:${id}`,
      handle: `user_${id}`,
      displayName: `Test ${id}`,
      kind: overrides.kind ?? "CLIENT",
      joinedAt: overrides.joinedAt ?? new Date(Date.now() - 400 * 86_400_000),
      paymentVerified: overrides.paymentVerified ?? true,
      status: overrides.status ?? "ACTIVE",
    },
  });
}

export async function makeJob(clientId?: string) {
  const client = clientId ?? (await makeAccount()).id;
  return prisma.jobPosting.create({
    data: {
      externalId: `test:${uid()}`,
      clientId: client,
      title: "Test job",
      description: "Test",
      postedAt: new Date(),
    },
  });
}

export async function makeThread() {
  const client = await makeAccount({ kind: "CLIENT" });
  const freelancer = await makeAccount({ kind: "FREELANCER" });
  const job = await makeJob(client.id);
  const thread = await prisma.thread.create({
    data: {
      externalId: `test:${uid()}`,
      kind: "JOB_MESSAGES",
      jobId: job.id,
      clientId: client.id,
      freelancerId: freelancer.id,
    },
  });
  return { thread, client, freelancer, job };
}

export async function makeConsoleUser(role: ConsoleRole = "MODERATOR") {
  const id = uid();
  return prisma.consoleUser.create({
    data: { email: `${id}@console.test`, name: `Tester ${id}`, role, passwordHash: "not-a-hash" },
  });
}

/** A message stored as sent just now (unscanned unless `extra` says otherwise), with a fresh external id. */
export function makeMessage(
  threadId: string,
  authorId: string,
  body: string,
  extra: Partial<Omit<Prisma.MessageUncheckedCreateInput, "externalId" | "threadId" | "authorId" | "body">> = {},
) {
  return prisma.message.create({
    data: { externalId: `test:${uid()}`, threadId, authorId, body, sentAt: new Date(), ...extra },
  });
}
