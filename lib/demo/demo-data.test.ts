import { describe, it, expect } from "vitest";
import {
  demoAccounts,
  demoJobs,
  demoThreads,
  demoForumTopics,
  demoReports,
  type DemoAccount,
  type DemoJob,
  type DemoThread,
  type DemoForumTopic,
  type DemoSubject,
} from "./demo-data";
import { demoAppealAccounts, demoAppealJobs, demoAppealReports, demoAppeals, demoAppealThreads } from "./demo-appeals";

const accountsByKey = new Map<string, DemoAccount>(demoAccounts.map((a) => [a.key, a]));
const jobsByKey = new Map<string, DemoJob>(demoJobs.map((j) => [j.key, j]));
const threadsByKey = new Map<string, DemoThread>(demoThreads.map((t) => [t.key, t]));
const topicsByKey = new Map<string, DemoForumTopic>(demoForumTopics.map((t) => [t.key, t]));

function subjectKey(s: DemoSubject): string {
  switch (s.type) {
    case "JOB":
      return `JOB:${s.jobKey}`;
    case "ACCOUNT":
      return `ACCOUNT:${s.accountKey}`;
    case "THREAD":
      return `THREAD:${s.threadKey}`;
    case "MESSAGE":
      return `MESSAGE:${s.threadKey}#${s.messageIndex}`;
  }
}

/** Minutes ago at which message/post `index` of a job thread or forum topic was sent. */
function itemMinutesAgo(threadKey: string, index: number): number | undefined {
  const thread = threadsByKey.get(threadKey);
  if (thread) {
    const m = thread.messages[index];
    return m === undefined ? undefined : thread.startedDaysAgo * 1440 - m.minutesAfterStart;
  }
  const topic = topicsByKey.get(threadKey);
  if (topic) {
    const p = topic.posts[index];
    return p === undefined ? undefined : topic.startedDaysAgo * 1440 - p.minutesAfterStart;
  }
  return undefined;
}

/** Client key of a job thread. */
function clientOf(thread: DemoThread): string {
  const job = jobsByKey.get(thread.jobKey);
  if (!job) throw new Error(`unknown job ${thread.jobKey}`);
  return job.clientKey;
}

describe("demo data: volumes and mix", () => {
  it("has the required volumes", () => {
    expect(demoAccounts.length).toBeGreaterThanOrEqual(34);
    expect(demoJobs.length).toBeGreaterThanOrEqual(18);
    expect(demoThreads.length).toBeGreaterThanOrEqual(28);
    expect(demoForumTopics.length).toBe(3);
    expect(demoReports.length).toBeGreaterThanOrEqual(64);
  });

  it("mixes fresh unverified clients with established verified ones", () => {
    const clients = demoAccounts.filter((a) => a.kind === "CLIENT");
    const fresh = clients.filter((a) => !a.paymentVerified && a.joinedDaysAgo <= 20);
    const established = clients.filter((a) => a.paymentVerified && a.joinedDaysAgo >= 180);
    expect(fresh.length).toBeGreaterThanOrEqual(5);
    expect(established.length).toBeGreaterThanOrEqual(5);
    const freelancers = demoAccounts.filter((a) => a.kind === "FREELANCER");
    expect(freelancers.filter((a) => a.joinedDaysAgo <= 60).length).toBeGreaterThanOrEqual(5);
    expect(freelancers.filter((a) => a.joinedDaysAgo >= 365).length).toBeGreaterThanOrEqual(5);
  });

  it("has one or two restricted accounts with a restriction end, and one suspended", () => {
    const restricted = demoAccounts.filter((a) => a.status === "RESTRICTED");
    expect(restricted.length).toBeGreaterThanOrEqual(1);
    expect(restricted.length).toBeLessThanOrEqual(2);
    for (const a of restricted) expect(a.restrictedForDays ?? 0).toBeGreaterThan(0);
    for (const a of demoAccounts.filter((x) => x.status !== "RESTRICTED")) {
      expect(a.restrictedForDays, a.key).toBeUndefined();
    }
    expect(demoAccounts.filter((a) => a.status === "SUSPENDED").length).toBe(1);
  });

  it("has one taken-down job and one closed job", () => {
    expect(demoJobs.filter((j) => j.status === "TAKEN_DOWN").length).toBeGreaterThanOrEqual(1);
    expect(demoJobs.filter((j) => j.status === "CLOSED").length).toBeGreaterThanOrEqual(1);
  });

  it("has 3 to 12 messages per thread and at least 5 mid-thread contracts", () => {
    for (const t of demoThreads) {
      expect(t.messages.length, t.key).toBeGreaterThanOrEqual(3);
      expect(t.messages.length, t.key).toBeLessThanOrEqual(12);
    }
    const midThread = demoThreads.filter((t) => t.contract !== undefined && t.contract.startsAtMessage > 0);
    expect(midThread.length).toBeGreaterThanOrEqual(5);
  });

  it("has reports spread from minutes to ten days ago", () => {
    const hours = demoReports.map((r) => r.hoursAgo);
    for (const h of hours) {
      expect(h).toBeGreaterThanOrEqual(0.2);
      expect(h).toBeLessThanOrEqual(240);
    }
    expect(Math.min(...hours)).toBeLessThanOrEqual(0.5);
    expect(Math.max(...hours)).toBeGreaterThanOrEqual(200);
  });
});

describe("demo data: identity", () => {
  it("has unique keys (threads and forum topics share a namespace)", () => {
    const keys = [
      ...demoAccounts.map((a) => a.key),
      ...demoJobs.map((j) => j.key),
      ...demoThreads.map((t) => t.key),
      ...demoForumTopics.map((t) => t.key),
      ...demoReports.map((r) => r.key),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("has unique lowercase handles", () => {
    const handles = demoAccounts.map((a) => a.handle);
    expect(new Set(handles).size).toBe(handles.length);
    for (const h of handles) expect(h).toMatch(/^[a-z0-9_]+$/);
  });

  it("uses ISO 3166 alpha-2 country codes and sane account fields", () => {
    for (const a of demoAccounts) {
      expect(a.country, a.key).toMatch(/^[A-Z]{2}$/);
      expect(a.joinedDaysAgo, a.key).toBeGreaterThanOrEqual(0);
      expect(a.displayName.trim().length, a.key).toBeGreaterThan(0);
      if (a.strikeCount !== undefined) expect(Number.isInteger(a.strikeCount) && a.strikeCount >= 0).toBe(true);
    }
  });
});

describe("demo data: references", () => {
  it("every job belongs to a CLIENT", () => {
    for (const j of demoJobs) {
      const client = accountsByKey.get(j.clientKey);
      expect(client, `${j.key} -> ${j.clientKey}`).toBeDefined();
      expect(client?.kind, j.key).toBe("CLIENT");
    }
  });

  it("every thread points to a job and a FREELANCER", () => {
    for (const t of demoThreads) {
      expect(jobsByKey.has(t.jobKey), `${t.key} -> ${t.jobKey}`).toBe(true);
      const fl = accountsByKey.get(t.freelancerKey);
      expect(fl, `${t.key} -> ${t.freelancerKey}`).toBeDefined();
      expect(fl?.kind, t.key).toBe("FREELANCER");
    }
  });

  it("every forum post has a known author", () => {
    for (const topic of demoForumTopics) {
      expect(topic.posts.length, topic.key).toBeGreaterThanOrEqual(2);
      for (const p of topic.posts) expect(accountsByKey.has(p.authorKey), `${topic.key} -> ${p.authorKey}`).toBe(true);
    }
  });

  it("every report has a known reporter and a resolvable subject", () => {
    for (const r of demoReports) {
      expect(accountsByKey.has(r.reporterKey), `${r.key} reporter ${r.reporterKey}`).toBe(true);
      const s = r.subject;
      switch (s.type) {
        case "JOB":
          expect(jobsByKey.has(s.jobKey), r.key).toBe(true);
          break;
        case "ACCOUNT":
          expect(accountsByKey.has(s.accountKey), r.key).toBe(true);
          expect(s.accountKey, `${r.key} reports its own reporter`).not.toBe(r.reporterKey);
          break;
        case "THREAD":
          expect(threadsByKey.has(s.threadKey) || topicsByKey.has(s.threadKey), r.key).toBe(true);
          break;
        case "MESSAGE":
          expect(Number.isInteger(s.messageIndex), r.key).toBe(true);
          expect(
            itemMinutesAgo(s.threadKey, s.messageIndex),
            `${r.key} -> ${s.threadKey}#${s.messageIndex}`,
          ).toBeDefined();
          break;
      }
    }
  });

  it("at least 3 subjects are reported by 3+ distinct reporters, one by 6+", () => {
    const reporters = new Map<string, Set<string>>();
    for (const r of demoReports) {
      const k = subjectKey(r.subject);
      const set = reporters.get(k) ?? new Set<string>();
      set.add(r.reporterKey);
      reporters.set(k, set);
    }
    const counts = [...reporters.values()].map((s) => s.size);
    expect(counts.filter((n) => n >= 3).length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...counts)).toBeGreaterThanOrEqual(6);
    // And plenty of single reports too.
    expect(counts.filter((n) => n === 1).length).toBeGreaterThanOrEqual(10);
  });
});

describe("demo data: time and contracts", () => {
  it("minutesAfterStart increases within each thread and forum topic", () => {
    for (const t of demoThreads) {
      t.messages.forEach((m, i) => {
        const prev = t.messages[i - 1];
        if (i === 0) expect(m.minutesAfterStart, t.key).toBeGreaterThanOrEqual(0);
        else expect(m.minutesAfterStart, `${t.key}#${i}`).toBeGreaterThan(prev?.minutesAfterStart ?? -Infinity);
      });
    }
    for (const topic of demoForumTopics) {
      topic.posts.forEach((p, i) => {
        const prev = topic.posts[i - 1];
        if (i > 0)
          expect(p.minutesAfterStart, `${topic.key}#${i}`).toBeGreaterThan(prev?.minutesAfterStart ?? -Infinity);
      });
    }
  });

  it("contract indexes are in range", () => {
    for (const t of demoThreads) {
      if (!t.contract) continue;
      const { startsAtMessage, endsAtMessage } = t.contract;
      expect(Number.isInteger(startsAtMessage), t.key).toBe(true);
      expect(startsAtMessage, t.key).toBeGreaterThanOrEqual(0);
      expect(startsAtMessage, t.key).toBeLessThan(t.messages.length);
      if (endsAtMessage !== undefined) {
        expect(Number.isInteger(endsAtMessage), t.key).toBe(true);
        expect(endsAtMessage, t.key).toBeGreaterThan(startsAtMessage);
        expect(endsAtMessage, t.key).toBeLessThan(t.messages.length);
      }
    }
  });

  it("nothing happens before its account, job or thread exists, or in the future", () => {
    for (const j of demoJobs) {
      const client = accountsByKey.get(j.clientKey);
      expect(j.postedDaysAgo, j.key).toBeLessThanOrEqual(client?.joinedDaysAgo ?? -1);
    }
    for (const t of demoThreads) {
      expect(t.startedDaysAgo, t.key).toBeLessThanOrEqual(jobsByKey.get(t.jobKey)?.postedDaysAgo ?? -1);
      expect(t.startedDaysAgo, t.key).toBeLessThanOrEqual(accountsByKey.get(t.freelancerKey)?.joinedDaysAgo ?? -1);
      const last = t.messages[t.messages.length - 1];
      expect(last?.minutesAfterStart ?? Infinity, t.key).toBeLessThanOrEqual(t.startedDaysAgo * 1440);
    }
    for (const topic of demoForumTopics) {
      for (const p of topic.posts) {
        expect(topic.startedDaysAgo * 1440 - p.minutesAfterStart, topic.key).toBeGreaterThanOrEqual(0);
        const author = accountsByKey.get(p.authorKey);
        expect(
          itemMinutesAgo(topic.key, topic.posts.indexOf(p)) ?? -1,
          `${topic.key} ${p.authorKey}`,
        ).toBeLessThanOrEqual((author?.joinedDaysAgo ?? -1) * 1440);
      }
    }
    for (const r of demoReports) {
      const reportMinutesAgo = r.hoursAgo * 60;
      const reporter = accountsByKey.get(r.reporterKey);
      expect(reportMinutesAgo, `${r.key} before its reporter joined`).toBeLessThan(
        (reporter?.joinedDaysAgo ?? 0) * 1440,
      );
      const s = r.subject;
      let subjectMinutesAgo: number | undefined;
      switch (s.type) {
        case "JOB":
          subjectMinutesAgo = (jobsByKey.get(s.jobKey)?.postedDaysAgo ?? 0) * 1440;
          break;
        case "ACCOUNT":
          subjectMinutesAgo = (accountsByKey.get(s.accountKey)?.joinedDaysAgo ?? 0) * 1440;
          break;
        case "THREAD":
          subjectMinutesAgo = itemMinutesAgo(s.threadKey, 0);
          break;
        case "MESSAGE":
          subjectMinutesAgo = itemMinutesAgo(s.threadKey, s.messageIndex);
          break;
      }
      expect(reportMinutesAgo, `${r.key} before its subject existed`).toBeLessThan(subjectMinutesAgo ?? 0);
    }
  });
});

describe("demo data: scenarios the console relies on", () => {
  it("reuses the same contact values across threads of 3+ different clients", () => {
    const clientsWith = (pred: (text: string) => boolean): Set<string> =>
      new Set(demoThreads.filter((t) => t.messages.some((m) => pred(m.text))).map(clientOf));

    const telegram = clientsWith((text) => text.toLowerCase().includes("hr_desk_maria"));
    expect(telegram.size).toBeGreaterThanOrEqual(3);

    const whatsapp = clientsWith((text) => text.replace(/\D/g, "").includes("4155550142"));
    expect(whatsapp.size).toBeGreaterThanOrEqual(3);

    const skype = clientsWith((text) => text.includes("live:.cid.7c1e94a2b0d3"));
    expect(skype.size).toBeGreaterThanOrEqual(2);

    for (const clientKey of [...telegram, ...whatsapp, ...skype]) {
      const client = accountsByKey.get(clientKey);
      expect(client?.paymentVerified, clientKey).toBe(false);
      expect(client?.joinedDaysAgo ?? Infinity, clientKey).toBeLessThanOrEqual(20);
    }
  });

  it("covers the main contact and off-platform patterns", () => {
    const all = demoThreads.flatMap((t) => t.messages.map((m) => m.text)).join("\n");
    const patterns: [string, RegExp][] = [
      ["skype live id", /live:\.cid\./],
      ["international phone", /\+1 415 555 0142/],
      ["spaced digits", /4 1 5 5 5 5 0 1 4 2/],
      ["spelled-out digits", /four one five/i],
      ["telegram handle", /@hr_desk_maria/],
      ["t.me link", /t\.me\//],
      ["spaced telegram", /t e l e g r a m/i],
      ["email with at/dot words", / at gmail dot com/],
      ["email with (at)/[dot]", /\(at\)proton\[dot\]me/],
      ["onedrive", /1drv\.ms\//],
      ["google docs", /docs\.google\.com\/document/],
      ["google forms", /docs\.google\.com\/forms/],
      ["zoom link", /zoom\.us\/j\//],
      ["google meet", /meet\.google\.com\//],
      ["paypal", /paypal/i],
      ["wise", /\bWise\b/],
      ["crypto", /USDT/],
      ["pay directly", /pay you directly/i],
      ["discord", /on discord/i],
      ["wa.me", /wa\.me\//],
      ["hard negative: whatsapp api", /WhatsApp Business API/],
      ["hard negative: file name with @", /logo@2x\.png/],
      ["hard negative: zoom question", /is it ok to use Zoom before the contract/i],
      ["hard negative: refusal", /I don't work outside the platform/],
      ["hard negative: invoice numbers", /INV-\d{4}-\d{4}/],
    ];
    for (const [name, re] of patterns) expect(re.test(all), name).toBe(true);
  });

  it("has a post-contract off-platform payment request", () => {
    const found = demoThreads.some(
      (t) =>
        t.contract !== undefined &&
        t.messages.some(
          (m, i) =>
            t.contract !== undefined &&
            i >= t.contract.startsAtMessage &&
            /paypal|wise|usdt|pay you directly/i.test(m.text),
        ),
    );
    expect(found).toBe(true);
  });

  it("has a taken-down job whose client is suspended, and one forum topic with a scam post", () => {
    const takenDown = demoJobs.filter((j) => j.status === "TAKEN_DOWN");
    expect(takenDown.some((j) => accountsByKey.get(j.clientKey)?.status === "SUSPENDED")).toBe(true);
    const scammy = demoForumTopics.filter((t) =>
      t.posts.some((p) => /telegram|usdt|whatsapp|\bwa\b/i.test(p.text) && /@|\+\d/.test(p.text)),
    );
    expect(scammy.length).toBe(1);
  });
});

describe("demo appeals", () => {
  // Rows are upserted by "demo:<key>": a key the main demo data already uses would
  // silently pick up that row (another account, another thread) instead of the appeal's own.
  it("use keys and handles of their own", () => {
    const taken = new Set([
      ...demoAccounts.map((a) => a.key),
      ...demoAccounts.map((a) => a.handle),
      ...demoJobs.map((j) => j.key),
      ...demoThreads.map((t) => t.key),
      ...demoForumTopics.map((t) => t.key),
      ...demoReports.map((r) => r.key),
    ]);
    const own = [
      ...demoAppealAccounts.map((a) => a.key),
      ...demoAppealAccounts.map((a) => a.handle),
      ...demoAppealJobs.map((j) => j.key),
      ...demoAppealThreads.map((t) => t.key),
      ...demoAppealReports.map((r) => r.key),
    ];
    expect(own.filter((k) => taken.has(k))).toEqual([]);
  });

  it("each appeals a restriction of an account in its own conversation", () => {
    const accounts = new Set(demoAppealAccounts.map((a) => a.key));
    for (const appeal of demoAppeals) {
      const thread = demoAppealThreads.find((t) => t.key === appeal.threadKey);
      expect(thread, appeal.key).toBeDefined();
      const job = demoAppealJobs.find((j) => j.key === thread!.jobKey);
      expect([job?.clientKey, thread!.freelancerKey]).toContain(appeal.accountKey);
      expect(accounts.has(appeal.accountKey)).toBe(true);
      expect(demoAppealReports.some((r) => r.subject.type === "THREAD" && r.subject.threadKey === thread!.key)).toBe(
        true,
      );
    }
  });
});
