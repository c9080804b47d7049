import { describe, expect, it } from "vitest";
import { POST as postMessages } from "@/app/api/v1/messages/route";
import { POST as postReports } from "@/app/api/v1/reports/route";
import { prisma } from "@/lib/db/prisma";
import { loadCaseView } from "@/lib/cases/view/load";
import { call, platformWorld, tokenAndWorld } from "@/tests/support/api";
import { makeConsoleUser } from "@/tests/support/fixtures";

/** A batch of the world with one message: a batch must carry at least one. */
const batchOf = (w: ReturnType<typeof platformWorld>) =>
  w.batch(w.message("m0", "client", "Hello there", "2026-11-02T08:00:00Z"));

/** The platform's audit events about one stored item, oldest first. */
const eventsAbout = (subjectId: string) =>
  prisma.auditEvent.findMany({ where: { subjectId, actorKind: "PLATFORM" }, orderBy: { id: "asc" } });

describe("every change the platform makes is audited", () => {
  it("an account's new handle, payment check and badges: one event with before and after of those fields only", async () => {
    const { token, w } = await tokenAndWorld();
    const first = await call(postMessages, "/api/v1/messages", { token, body: batchOf(w) });
    expect(first.status).toBe(201);
    const account = await prisma.account.findUniqueOrThrow({ where: { externalId: w.client.id } });

    const changed = { ...w.client, handle: `${w.prefix}_new`, paymentVerified: false, badges: ["Top Rated"] };
    const res = await call(postMessages, "/api/v1/messages", {
      token,
      body: { ...batchOf(w), accounts: [changed, w.freelancer] },
    });
    // No new message: 200, with the account's change.
    expect(res.status).toBe(200);
    expect(res.body.accounts).toEqual([
      { id: w.client.id, status: "updated" },
      { id: w.freelancer.id, status: "unchanged" },
    ]);
    const events = await eventsAbout(account.id);
    expect(events.map((e) => e.action)).toEqual(["ACCOUNT_UPDATED"]);
    expect(events[0]!.subjectType).toBe("ACCOUNT");
    expect(events[0]!.data).toEqual({
      accountExternalId: w.client.id,
      fields: ["handle", "paymentVerified", "badges"],
      before: { handle: w.client.handle, paymentVerified: true, badges: [] },
      after: { handle: `${w.prefix}_new`, paymentVerified: false, badges: ["Top Rated"] },
    });

    // The same state sent again: `unchanged`, and nothing more in the trail.
    const again = await call(postMessages, "/api/v1/messages", {
      token,
      body: { ...batchOf(w), accounts: [changed, w.freelancer] },
    });
    expect(again.body.accounts[0]).toEqual({ id: w.client.id, status: "unchanged" });
    expect(await eventsAbout(account.id)).toHaveLength(1);
  });

  it("a job's text and its posting time, and a topic's title, each audited with what they were", async () => {
    const { token, w } = await tokenAndWorld();
    await call(postMessages, "/api/v1/messages", { token, body: batchOf(w) });
    const job = await prisma.jobPosting.findUniqueOrThrow({ where: { externalId: w.job.id } });

    await call(postMessages, "/api/v1/messages", {
      token,
      body: { ...batchOf(w), jobs: [{ ...w.job, title: "Landing page, urgent" }] },
    });
    await call(postMessages, "/api/v1/messages", {
      token,
      body: { ...batchOf(w), jobs: [{ ...w.job, title: "Landing page, urgent", postedAt: "2026-11-02T09:00:00Z" }] },
    });
    const events = await eventsAbout(job.id);
    expect(events.map((e) => [e.action, e.data])).toEqual([
      [
        "JOB_TEXT_CHANGED",
        {
          jobExternalId: w.job.id,
          fields: ["title"],
          before: { title: w.job.title },
          after: { title: "Landing page, urgent" },
        },
      ],
      [
        "JOB_UPDATED",
        {
          jobExternalId: w.job.id,
          fields: ["postedAt"],
          before: { postedAt: "2026-11-01T09:00:00.000Z" },
          after: { postedAt: "2026-11-02T09:00:00.000Z" },
        },
      ],
    ]);

    const topic = { id: `${w.prefix}-topic`, kind: "FORUM_TOPIC" as const, title: "First contract tips" };
    const post = w.message("post", "freelancer", "Hello all", "2026-11-02T09:00:00Z");
    const body = (title: string) => ({
      accounts: [w.freelancer],
      threads: [{ ...topic, title }],
      messages: [{ ...post, threadId: topic.id }],
    });
    await call(postMessages, "/api/v1/messages", { token, body: body(topic.title) });
    const renamed = await call(postMessages, "/api/v1/messages", { token, body: body("Contract tips") });
    expect(renamed.body.threads).toEqual([{ id: topic.id, status: "updated" }]);
    const thread = await prisma.thread.findUniqueOrThrow({ where: { externalId: topic.id } });
    expect((await eventsAbout(thread.id)).map((e) => [e.action, e.data])).toEqual([
      [
        "THREAD_UPDATED",
        {
          threadExternalId: topic.id,
          fields: ["title"],
          before: { title: topic.title },
          after: { title: "Contract tips" },
        },
      ],
    ]);
  });

  it("a badge a moderator removed is refused back (409 naming the field) until the decision is reversed", async () => {
    const { token, w } = await tokenAndWorld();
    const withBadge = { ...w.client, badges: ["Top Rated"] };
    await call(postMessages, "/api/v1/messages", {
      token,
      body: { ...batchOf(w), accounts: [withBadge, w.freelancer] },
    });
    const account = await prisma.account.findUniqueOrThrow({ where: { externalId: w.client.id } });
    const staff = await makeConsoleUser("STAFF");
    // What REMOVE_BADGE leaves behind: the badge gone, an unreversed enforcement.
    await prisma.account.update({ where: { id: account.id }, data: { badges: [] } });
    const removal = await prisma.enforcement.create({
      data: {
        kind: "BADGE_REMOVAL",
        accountId: account.id,
        badge: "Top Rated",
        reason: "Bought reviews",
        actorId: staff.id,
      },
    });

    const regrant = await call(postMessages, "/api/v1/messages", {
      token,
      body: { ...batchOf(w), accounts: [withBadge, w.freelancer] },
    });
    expect(regrant.status).toBe(409);
    expect(regrant.body.errors).toEqual([
      expect.objectContaining({ field: "accounts[0].badges", detail: expect.stringContaining('Badge "Top Rated"') }),
    ]);
    expect((await prisma.account.findUniqueOrThrow({ where: { id: account.id } })).badges).toEqual([]);
    expect(await eventsAbout(account.id)).toHaveLength(0);

    await prisma.enforcement.update({
      where: { id: removal.id },
      data: { reversedAt: new Date(), reversedById: staff.id },
    });
    const after = await call(postMessages, "/api/v1/messages", {
      token,
      body: { ...batchOf(w), accounts: [withBadge, w.freelancer] },
    });
    expect(after.status).toBe(200);
    expect((await prisma.account.findUniqueOrThrow({ where: { id: account.id } })).badges).toEqual(["Top Rated"]);
  });
});

describe("the text under review is kept as the reporter saw it", () => {
  it("a job report keeps the title and description it was filed against; the case view names what changed since", async () => {
    const { token, w } = await tokenAndWorld();
    const res = await call(postReports, "/api/v1/reports", {
      token,
      body: w.jobReport("r1", w.freelancer.id, { accounts: [w.client, w.freelancer], jobs: [w.job] }),
    });
    expect(res.status).toBe(201);
    const caseId = res.body.caseId as string;
    const stored = await prisma.report.findFirstOrThrow({ where: { caseId, source: "USER" } });
    expect(stored.subjectSnapshot).toEqual({ title: w.job.title, description: w.job.description });

    let view = await loadCaseView(caseId);
    expect(view!.reports.find((r) => r.id === stored.id)!.snapshot).toEqual({
      fields: { title: w.job.title, description: w.job.description },
      changed: [],
    });

    await call(postMessages, "/api/v1/messages", {
      token,
      body: { ...batchOf(w), jobs: [{ ...w.job, description: "Need a landing page. Budget is fixed." }] },
    });
    view = await loadCaseView(caseId);
    expect(view!.reports.find((r) => r.id === stored.id)!.snapshot).toEqual({
      fields: { title: w.job.title, description: w.job.description },
      changed: ["description"],
    });
    expect(view!.job!.description).toBe("Need a landing page. Budget is fixed.");
  });

  it("a message report keeps the body it was filed against", async () => {
    const { token, w } = await tokenAndWorld();
    const m = w.message("m1", "client", "Let us talk about the budget", "2026-11-02T09:00:00Z");
    await call(postMessages, "/api/v1/messages", { token, body: w.batch(m) });
    const res = await call(postReports, "/api/v1/reports", {
      token,
      body: {
        id: `${w.prefix}-r2`,
        reason: "SPAM",
        reporterId: w.freelancer.id,
        subject: { type: "MESSAGE", id: m.id },
      },
    });
    expect(res.status).toBe(201);
    const stored = await prisma.report.findFirstOrThrow({ where: { externalId: `${w.prefix}-r2` } });
    expect(stored.subjectSnapshot).toEqual({ body: m.body });
  });
});
