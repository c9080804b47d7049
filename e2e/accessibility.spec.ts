import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import type { ConsoleRole } from "../lib/generated/prisma/enums";
import { createThreadCase, db } from "./fixtures/case-factory";
import { authFile } from "./support";

// Every page passes axe's WCAG 2.1 AA rules in the light and the dark theme,
// and at 800 px the page itself never scrolls sideways. Screenshots of each
// page (light and dark, 1440 and 800 px) land in e2e/screenshots/ to look at.

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const SCHEMES = ["light", "dark"] as const;
const WIDTHS = [1440, 800] as const;

interface PageCase {
  name: string;
  role: ConsoleRole | null;
  path: (ctx: { caseId: string; templateId: string; appealCaseId: string }) => string;
  /** Visible once the page has rendered its content and is interactive. */
  ready: (page: Page) => ReturnType<Page["locator"]>;
}

const PAGES: PageCase[] = [
  {
    name: "sign-in",
    role: null,
    path: () => "/signin",
    ready: (p) => p.getByRole("heading", { name: "Sign in to the console" }),
  },
  ...(["unassigned", "mine", "open", "escalated", "appeals", "resolved"] as const).map((tab): PageCase => ({
    name: `queue-${tab}`,
    role: "STAFF",
    path: () => `/queue?tab=${tab}`,
    ready: (p) => p.locator("[role=tabpanel][data-ready]"),
  })),
  {
    name: "case",
    role: "STAFF",
    path: ({ caseId }) => `/cases/${caseId}`,
    ready: (p) => p.locator("[data-message-id]").first(),
  },
  {
    name: "appeal",
    role: "STAFF",
    path: ({ appealCaseId }) => `/cases/${appealCaseId}`,
    ready: (p) => p.getByRole("form", { name: "Decide the appeal" }),
  },
  {
    name: "templates",
    role: "STAFF",
    path: () => "/templates",
    ready: (p) => p.getByRole("list", { name: "Templates in use" }),
  },
  {
    name: "template-new",
    role: "STAFF",
    path: () => "/templates/new",
    ready: (p) => p.getByLabel("Template name"),
  },
  {
    name: "template-edit",
    role: "STAFF",
    path: ({ templateId }) => `/templates/${templateId}/edit`,
    ready: (p) => p.getByLabel("Template name"),
  },
  { name: "audit", role: "ADMIN", path: () => "/audit", ready: (p) => p.getByRole("table") },
  {
    name: "statements",
    role: "STAFF",
    path: () => "/statements",
    ready: (p) => p.getByRole("link", { name: "Download CSV" }),
  },
  {
    name: "metrics",
    role: "STAFF",
    path: () => "/metrics",
    ready: (p) => p.getByRole("table", { name: /per day, in your time zone/ }),
  },
  {
    name: "admin-users",
    role: "ADMIN",
    path: () => "/admin/users",
    ready: (p) => p.getByRole("table", { name: "Console users" }),
  },
  {
    name: "admin-tokens",
    role: "ADMIN",
    path: () => "/admin/tokens",
    ready: (p) => p.getByRole("heading", { name: "API tokens", level: 1 }),
  },
];

let caseId = "";
let templateId = "";
let appealCaseId = "";

test.beforeAll(async () => {
  ({ caseId } = await createThreadCase({
    messages: [
      { from: "freelancer", text: "Hello, I can start this week." },
      { from: "client", text: "Great. Text me on WhatsApp: +44 7911 123456 so we can talk there." },
      { from: "client", text: "Could you invoice me through PayPal instead? Saves the fees." },
      { from: "freelancer", text: "I would rather keep it on the platform." },
    ],
  }));
  // The demo appeal that stays open (e2e/appeals.spec.ts decides the other one).
  appealCaseId = (
    await db().appeal.findUniqueOrThrow({
      where: { externalId: "demo:appeal-quarry" },
      select: { appealCase: { select: { id: true } } },
    })
  ).appealCase!.id;
  templateId = (await db().replyTemplate.findFirstOrThrow({ where: { archivedAt: null }, orderBy: { name: "asc" } }))
    .id;
});

for (const target of PAGES) {
  test.describe(target.name, () => {
    test.use({ storageState: target.role ? authFile(target.role) : { cookies: [], origins: [] } });

    for (const scheme of SCHEMES) {
      test(`passes WCAG 2.1 AA in ${scheme} and fits 800 px`, async ({ page }) => {
        // Two axe runs and two screenshots per test, on a shared 2-core machine.
        test.setTimeout(120_000);
        await page.emulateMedia({ colorScheme: scheme, reducedMotion: "reduce" });
        await page.goto(target.path({ caseId, templateId, appealCaseId }));
        await expect(target.ready(page)).toBeVisible();

        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 900 });
          await expect(target.ready(page)).toBeVisible();
          const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
          const found = results.violations.map((v) => ({
            rule: v.id,
            help: v.help,
            nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(" ")}: ${n.failureSummary ?? ""}`),
          }));
          expect(found, `${target.name} ${scheme} ${width}px`).toEqual([]);

          const overflow = await page.evaluate(() => ({
            scrollWidth: document.documentElement.scrollWidth,
            innerWidth: window.innerWidth,
          }));
          expect(overflow.scrollWidth, `${target.name} ${scheme} ${width}px scrolls sideways`).toBeLessThanOrEqual(
            overflow.innerWidth,
          );
          await page.screenshot({ path: `e2e/screenshots/${target.name}-${scheme}-${width}.png` });
        }
      });
    }
  });
}
