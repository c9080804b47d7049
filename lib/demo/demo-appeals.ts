import type { DemoAccount, DemoJob, DemoReport, DemoThread } from "@/lib/demo/demo-data";

/**
 * The demo's appeals: two conversations whose clients the first demo staff
 * member (Sofia Staff) restricted, each appealed by its client, so the
 * Appeals tab is not empty and four eyes can be shown: the other staff
 * member (Theo Staff) decides them, Sofia may not. Seeded after every other
 * demo case, so the earlier cases keep their numbers.
 */

export interface DemoAppeal {
  key: string;
  /** The conversation whose case was decided. */
  threadKey: string;
  /** The account restricted, and appealing. */
  accountKey: string;
  restriction: { days: number; scopes: ("MESSAGING" | "PROPOSALS" | "JOB_POSTING")[]; reason: string };
  statement: string;
}

export const demoAppealAccounts: DemoAccount[] = [
  {
    key: "acc-client-lumen-bakery",
    handle: "lumen_bakery",
    displayName: "Lumen Bakery Co.",
    kind: "CLIENT",
    country: "IE",
    joinedDaysAgo: 640,
    paymentVerified: true,
    badges: [],
  },
  {
    key: "acc-fl-ines",
    handle: "ines_illustrates",
    displayName: "Inês Carvalho",
    kind: "FREELANCER",
    country: "PT",
    joinedDaysAgo: 410,
    paymentVerified: true,
    badges: ["Top Rated"],
  },
  {
    key: "acc-client-quarry",
    handle: "quarry_lane_props",
    displayName: "Quarry Lane Properties",
    kind: "CLIENT",
    country: "AU",
    joinedDaysAgo: 95,
    paymentVerified: true,
    badges: [],
  },
  {
    key: "acc-fl-tomasz",
    handle: "tomasz_copy",
    displayName: "Tomasz Wójcik",
    kind: "FREELANCER",
    country: "PL",
    joinedDaysAgo: 720,
    paymentVerified: true,
    badges: [],
  },
];

export const demoAppealJobs: DemoJob[] = [
  {
    key: "job-bakery-menu-illustrations",
    clientKey: "acc-client-lumen-bakery",
    title: "Hand-drawn illustrations for a bakery menu",
    description: "Eight small ink illustrations (breads, cakes, coffee) for a printed menu and our website.",
    postedDaysAgo: 6,
  },
  {
    key: "job-listing-copy",
    clientKey: "acc-client-quarry",
    title: "Copy for twelve rental listings",
    description: "Short, friendly descriptions for twelve apartments; photos and floor plans provided.",
    postedDaysAgo: 4,
  },
];

export const demoAppealThreads: DemoThread[] = [
  {
    key: "th-bakery-ines",
    jobKey: "job-bakery-menu-illustrations",
    freelancerKey: "acc-fl-ines",
    startedDaysAgo: 5,
    messages: [
      {
        from: "freelancer",
        minutesAfterStart: 0,
        text: "Hello! I'd love to draw your menu. I work in ink and watercolour; samples are in my portfolio.",
      },
      {
        from: "client",
        minutesAfterStart: 25,
        text: "Lovely work. To keep it simple, could we pay you directly by bank transfer to save the fees? I can send our IBAN.",
      },
      {
        from: "freelancer",
        minutesAfterStart: 40,
        text: "I'd rather keep payment on the platform, if that's all right.",
      },
      { from: "client", minutesAfterStart: 44, text: "Of course, no problem. Let's do it here then." },
    ],
  },
  {
    key: "th-listing-tomasz",
    jobKey: "job-listing-copy",
    freelancerKey: "acc-fl-tomasz",
    startedDaysAgo: 3,
    messages: [
      {
        from: "freelancer",
        minutesAfterStart: 0,
        text: "Hi, I write property copy every week and can deliver all twelve listings in three days.",
      },
      {
        from: "client",
        minutesAfterStart: 18,
        text: "Great. Before we start please send a photo of your passport and your date of birth for our records.",
      },
      {
        from: "freelancer",
        minutesAfterStart: 30,
        text: "The platform already verified my identity; I won't send my passport in chat.",
      },
    ],
  },
];

export const demoAppealReports: DemoReport[] = [
  {
    key: "rep-appeal-001",
    reporterKey: "acc-fl-ines",
    subject: { type: "THREAD", threadKey: "th-bakery-ines" },
    reason: "OFF_PLATFORM_PAYMENT",
    comment: "Client asked to pay me by bank transfer outside the platform.",
    hoursAgo: 30,
  },
  {
    key: "rep-appeal-002",
    reporterKey: "acc-fl-tomasz",
    subject: { type: "THREAD", threadKey: "th-listing-tomasz" },
    reason: "PHISHING",
    comment: "Asked for my passport and date of birth before any contract.",
    hoursAgo: 20,
  },
];

export const demoAppeals: DemoAppeal[] = [
  {
    key: "appeal-lumen",
    threadKey: "th-bakery-ines",
    accountKey: "acc-client-lumen-bakery",
    restriction: {
      days: 14,
      scopes: ["MESSAGING", "PROPOSALS"],
      reason: "Asked the freelancer to be paid by bank transfer outside the platform",
    },
    statement:
      "I asked once, the freelancer said no and we agreed at once to pay on the platform. We had never used a marketplace before and did not know the rule. We have paid every contract here since 2024.",
  },
  {
    key: "appeal-quarry",
    threadKey: "th-listing-tomasz",
    accountKey: "acc-client-quarry",
    restriction: {
      days: 30,
      scopes: ["MESSAGING", "PROPOSALS", "JOB_POSTING"],
      reason: "Asked a freelancer for a passport photo and date of birth before a contract",
    },
    statement:
      "Our accountant needs identity records for every contractor we pay. I did not know the platform does this for us; we will not ask again.",
  },
];
