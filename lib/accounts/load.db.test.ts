import { describe, expect, it } from "vitest";
import { loadAccountPage, resolveAccountId } from "@/lib/accounts/load";
import { addAccountNote } from "@/lib/accounts/notes";
import { prisma } from "@/lib/db/prisma";
import { SafeError } from "@/lib/errors";
import { scanMessage } from "@/lib/scanning/scan";
import { makeAccount, makeConsoleUser, makeJob, uid } from "@/tests/support/fixtures";

let sent = 0;
async function say(threadId: string, authorId: string, body: string) {
  const message = await prisma.message.create({
    data: {
      externalId: `test:${uid()}`,
      threadId,
      authorId,
      body,
      sentAt: new Date(Date.now() - 3_600_000 + sent++ * 1000),
    },
  });
  await prisma.$transaction((tx) => scanMessage(tx, message.id));
  return message;
}

async function conversation(clientId: string, freelancerId: string) {
  const job = await makeJob(clientId);
  return prisma.thread.create({
    data: { externalId: `test:${uid()}`, kind: "JOB_MESSAGES", jobId: job.id, clientId, freelancerId },
  });
}

/**
 * A small ring shaped like the demo's: A and B push one Telegram handle
 * (spelled "@x" and "t.me/x"), B and C one e-mail address; V is a victim
 * who quotes A's handle back in A's own conversation.
 */
async function ring() {
  const tag = uid();
  const [a, b, c, v, w] = await Promise.all([
    makeAccount({ kind: "CLIENT" }),
    makeAccount({ kind: "CLIENT" }),
    makeAccount({ kind: "CLIENT" }),
    makeAccount({ kind: "FREELANCER" }),
    makeAccount({ kind: "FREELANCER" }),
  ]);
  const handle = `ringdesk_${tag}`;
  const email = `ring.hr.${tag}@gmail.com`;
  const t1 = await conversation(a.id, v.id);
  await say(t1.id, a.id, `You are shortlisted! Message our HR on telegram @${handle} now`);
  await say(t1.id, v.id, `Is @${handle} on telegram really your HR team?`);
  const t2 = await conversation(b.id, w.id);
  await say(t2.id, b.id, `Interview is on telegram: t.me/${handle} . Also email ${email}`);
  const t3 = await conversation(c.id, w.id);
  await say(t3.id, c.id, `Send your CV to ${email} and we pay weekly`);
  return { a, b, c, v, handle, email, t1 };
}

describe("the account page's loader", () => {
  it("finds the account by its id, the platform's id or its handle", async () => {
    const a = await makeAccount();
    expect(await resolveAccountId(a.id)).toBe(a.id);
    expect(await resolveAccountId(a.externalId)).toBe(a.id);
    expect(await resolveAccountId(`@${a.handle}`)).toBe(a.id);
    expect(await resolveAccountId(a.handle.toUpperCase())).toBe(a.id);
    expect(await resolveAccountId(`nobody_${uid()}`)).toBeNull();
    expect(await loadAccountPage(`nobody_${uid()}`, { id: "x", role: "MODERATOR" })).toBeNull();
  });

  it("links accounts two hops out, with the shared value's kind and counts, and not the victim who quoted it", async () => {
    const { a, b, c, v, handle, email } = await ring();
    const viewer = { id: "viewer", role: "MODERATOR" as const };

    const pageA = (await loadAccountPage(a.id, viewer))!;
    expect(pageA.linked.values.map((x) => x.value)).toEqual([`@${handle}`]);
    expect(pageA.linked.direct.map((l) => l.handle)).toEqual([b.handle]);
    expect(pageA.linked.direct[0]).toMatchObject({
      hop: 1,
      shared: [{ value: `@${handle}`, kind: "handle", messages: 1 }],
      messages: 1,
      threads: 1,
    });
    expect(pageA.linked.second.map((l) => l.handle)).toEqual([c.handle]);
    expect(pageA.linked.second[0]).toMatchObject({
      hop: 2,
      via: [{ accountId: b.id, handle: b.handle }],
      shared: [{ value: email, kind: "email", messages: 1 }],
    });
    const everyone = [...pageA.linked.direct, ...pageA.linked.second].map((l) => l.accountId);
    expect(everyone).not.toContain(v.id);

    // From the other end the ring reads the other way round.
    const pageC = (await loadAccountPage(c.handle, viewer))!;
    expect(pageC.linked.direct.map((l) => l.handle)).toEqual([b.handle]);
    expect(pageC.linked.second.map((l) => l.handle)).toEqual([a.handle]);
  });

  it("shows the account's cases, reports and flagged messages with their thread's contract state", async () => {
    const { a, t1 } = await ring();
    await prisma.contract.create({
      data: { externalId: `test:${uid()}`, threadId: t1.id, startedAt: new Date(Date.now() - 60_000) },
    });
    const page = (await loadAccountPage(a.id, { id: "viewer", role: "SUPPORT" }))!;
    expect(page.cases).toHaveLength(1);
    expect(page.cases[0]).toMatchObject({ relation: "THREAD", status: "OPEN", subjectType: "THREAD" });
    expect(page.openCaseCount).toBe(1);
    expect(page.flaggedMessageCount).toBe(1);
    expect(page.flaggedThreads).toHaveLength(1);
    expect(page.flaggedThreads[0]).toMatchObject({ id: t1.id, contractNow: true });
    expect(page.flaggedThreads[0]!.messages[0]!.findings.some((f) => f.violation)).toBe(true);
    expect(page.jobs).toHaveLength(1);
    expect(page.notes).toEqual([]);
  });

  it("offers to reverse only what the viewer may reverse, through the enforcement's case", async () => {
    const { a } = await ring();
    const page0 = (await loadAccountPage(a.id, { id: "v", role: "MODERATOR" }))!;
    const caseId = page0.cases[0]!.id;
    const [author, moderator, staff] = await Promise.all([
      makeConsoleUser("MODERATOR"),
      makeConsoleUser("MODERATOR"),
      makeConsoleUser("STAFF"),
    ]);
    await prisma.enforcement.create({
      data: { kind: "WARNING", accountId: a.id, caseId, reason: "Shared a Telegram handle", actorId: author.id },
    });
    const asAuthor = (await loadAccountPage(a.id, author))!;
    expect(asAuthor.enforcements).toHaveLength(1);
    expect(asAuthor.enforcements[0]).toMatchObject({ kind: "WARNING", canReverse: true, case: { id: caseId } });
    expect(asAuthor.strikes).toHaveLength(1);
    expect((await loadAccountPage(a.id, moderator))!.enforcements[0]!.canReverse).toBe(false);
    expect((await loadAccountPage(a.id, staff))!.enforcements[0]!.canReverse).toBe(true);
  });
});

describe("notes on an account", () => {
  it("stores the note and its audit event together", async () => {
    const a = await makeAccount();
    const moderator = await makeConsoleUser("MODERATOR");
    const note = await addAccountNote(moderator, {
      accountId: a.id,
      body: "  Same Telegram handle as the Brightpath ring.  ",
    });
    const events = await prisma.auditEvent.findMany({ where: { subjectType: "ACCOUNT", subjectId: a.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "NOTE_ADDED",
      actorId: moderator.id,
      caseId: null,
      reason: "Same Telegram handle as the Brightpath ring.",
      data: { noteId: note.id },
    });
    const page = (await loadAccountPage(a.id, moderator))!;
    expect(page.notes).toMatchObject([
      { id: note.id, body: "Same Telegram handle as the Brightpath ring.", author: moderator.name },
    ]);
  });

  it("writes neither note nor audit event for an unknown account or an empty note", async () => {
    const moderator = await makeConsoleUser("MODERATOR");
    await expect(addAccountNote(moderator, { accountId: `missing-${uid()}`, body: "hello" })).rejects.toBeInstanceOf(
      SafeError,
    );
    const a = await makeAccount();
    await expect(addAccountNote(moderator, { accountId: a.id, body: "   " })).rejects.toThrow("Write the note first.");
    expect(await prisma.accountNote.count({ where: { authorId: moderator.id } })).toBe(0);
    expect(await prisma.auditEvent.count({ where: { actorId: moderator.id } })).toBe(0);
  });
});
