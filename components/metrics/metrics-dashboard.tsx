"use client";

import { useId, useState, type ReactNode } from "react";
import { CsvButton } from "./csv-button";
import { FlowChart } from "./flow-chart";
import { EmptyState } from "@/components/ui/empty-state";
import { LoadingRows } from "@/components/ui/loading-rows";
import { Panel } from "@/components/ui/panel";
import { Table, TableBody, TableCard, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { useHydrated } from "@/components/ui/use-now";
import { CATEGORY_LABELS } from "@/lib/cases/labels";
import { formatSpan } from "@/lib/cases/sla";
import type { FindingCategory } from "@/lib/generated/prisma/enums";
import { ALL, NO_CATEGORY, type Dashboard, type FlowKind } from "@/lib/metrics/dashboard-types";
import { foldDays } from "@/lib/metrics/days";
import { formatAbsolute, formatCount } from "@/lib/ui/time";

function categoryLabel(key: string): string {
  if (key === ALL) return "All categories";
  if (key === NO_CATEGORY) return "No category";
  return CATEGORY_LABELS[key as FindingCategory] ?? key;
}

const minutes = (m: number | null) => (m === null ? "–" : formatSpan(m * 60_000));
const percent = (x: number | null) => (x === null ? "–" : `${Math.round(x * 1000) / 10}%`);
const DAY = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" });
// A local calendar day (YYYY-MM-DD) as "Tue 1 Dec": the date is already the viewer's, so format it as is.
const dayLabel = (day: string) => DAY.format(new Date(`${day}T00:00:00Z`));

function Section({ title, actions, children }: { title: string; actions?: ReactNode; children: ReactNode }) {
  const id = useId();
  return (
    <Panel title={title} titleId={id} actions={actions}>
      <div className="p-4">{children}</div>
    </Panel>
  );
}

function Head({ columns }: { columns: string[] }) {
  return (
    <TableHeader>
      <TableRow>
        {columns.map((c, i) => (
          <TableHead key={c} className={i ? "text-right" : undefined}>
            {c}
          </TableHead>
        ))}
      </TableRow>
    </TableHeader>
  );
}

function Cells({ values }: { values: ReactNode[] }) {
  return (
    <>
      {values.map((v, i) =>
        i === 0 ? (
          <TableHead key={i} scope="row" className="font-normal text-fg">
            {v}
          </TableHead>
        ) : (
          <TableCell key={i} className="text-right tabular-nums">
            {v}
          </TableCell>
        ),
      )}
    </>
  );
}

export function MetricsDashboard({ dashboard }: { dashboard: Dashboard }) {
  const fresh = dashboard.flow.length === 0 && dashboard.openNow.length === 0 && dashboard.moderators.length === 0;
  if (fresh)
    return (
      <EmptyState
        title="No cases yet"
        hint="Figures appear here once the platform sends reports and moderators decide cases."
      />
    );
  return (
    <div className="space-y-6">
      <Summary dashboard={dashboard} />
      <Flow dashboard={dashboard} />
      <div className="grid gap-6 xl:grid-cols-2">
        <OpenNowTable dashboard={dashboard} />
        <Appeals dashboard={dashboard} />
      </div>
      <Timings dashboard={dashboard} />
      <Moderators dashboard={dashboard} />
      <Precision dashboard={dashboard} />
    </div>
  );
}

function Summary({ dashboard }: { dashboard: Dashboard }) {
  const cases = dashboard.openNow.find((o) => o.kind === "cases" && o.category === ALL);
  const closed = dashboard.timings.find((t) => t.category === ALL);
  const stats: [string, string][] = [
    ["Open cases now", formatCount(cases?.open ?? 0)],
    ["Past their SLA now", formatCount(cases?.breached ?? 0)],
    ["Closed in the period", formatCount(closed?.closed ?? 0)],
    ["Median time to decision", minutes(closed?.decisionP50 ?? null)],
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
      {stats.map(([label, value]) => (
        <div key={label} className="rounded-lg border border-border bg-surface px-4 py-3">
          <dt className="text-xs font-medium text-muted">{label}</dt>
          <dd className="mt-1 text-2xl font-semibold text-fg tabular-nums">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Flow({ dashboard }: { dashboard: Dashboard }) {
  const hydrated = useHydrated();
  const [kind, setKind] = useState<FlowKind>("cases");
  const [category, setCategory] = useState(ALL);
  const categories = [ALL, ...Object.keys(CATEGORY_LABELS), NO_CATEGORY];
  // Days are the viewer's local days, so they are folded in the browser (the server's zone is not theirs).
  const days = hydrated ? foldDays(dashboard.flow, dashboard.openNow, { kind, category }, dashboard.window) : [];
  const csv = [
    ["day", "incoming", "closed", "open at end of day"],
    ...days.map((d) => [d.day, d.incoming, d.closed, d.depth]),
  ];
  return (
    <Section
      title="Queue over time"
      actions={<CsvButton name={`queue-over-time-${kind}-${category.toLowerCase()}`} rows={csv} />}
    >
      <div className="mb-4 flex flex-wrap gap-4">
        <div>
          <label htmlFor="metrics-queue-kind" className="block text-sm font-medium text-fg-soft">
            Queue
          </label>
          <select
            id="metrics-queue-kind"
            value={kind}
            onChange={(e) => setKind(e.target.value as FlowKind)}
            className="mt-1 block rounded-md border border-border-strong bg-surface px-2.5 py-1.5 text-sm text-fg"
          >
            <option value="cases">Cases (all tabs but Appeals)</option>
            <option value="appeals">Appeals</option>
          </select>
        </div>
        <div>
          <label htmlFor="metrics-queue-category" className="block text-sm font-medium text-fg-soft">
            Category
          </label>
          <select
            id="metrics-queue-category"
            value={category}
            onChange={(e) => setCategory(e.target.value)}
            className="mt-1 block rounded-md border border-border-strong bg-surface px-2.5 py-1.5 text-sm text-fg"
          >
            {categories.map((c) => (
              <option key={c} value={c}>
                {categoryLabel(c)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {!hydrated ? (
        <LoadingRows label="Folding the days into your time zone…" rows={3} />
      ) : (
        <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
          <FlowChart days={days} label={dayLabel} />
          {/* Scrolls on its own, so it takes focus: keyboard users scroll it too. */}
          <TableCard className="max-h-72 overflow-y-auto" tabIndex={0} role="region" aria-label="Days of the period">
            <Table>
              <caption className="sr-only">Incoming, closed and open cases per day, in your time zone</caption>
              <Head columns={["Day", "Incoming", "Closed", "Open at day's end"]} />
              <TableBody>
                {days.map((d) => (
                  <TableRow key={d.day}>
                    <Cells
                      values={[dayLabel(d.day), formatCount(d.incoming), formatCount(d.closed), formatCount(d.depth)]}
                    />
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableCard>
        </div>
      )}
    </Section>
  );
}

function OpenNowTable({ dashboard }: { dashboard: Dashboard }) {
  const hydrated = useHydrated();
  const rows = dashboard.openNow;
  const csv = [
    ["queue", "category", "open", "past SLA", "oldest first report"],
    ...rows.map((r) => [r.kind, r.category, r.open, r.breached, r.oldestFirstReportedAt]),
  ];
  return (
    <Section title="Waiting now" actions={<CsvButton name="waiting-now" rows={csv} />}>
      {rows.length === 0 ? (
        <EmptyState title="Nothing is waiting" />
      ) : (
        <TableCard tabIndex={0} role="region" aria-label="Waiting now">
          <Table>
            <Head columns={["Queue · category", "Open", "Past SLA", "Oldest first report"]} />
            <TableBody>
              {rows.map((r) => (
                <TableRow key={`${r.kind}-${r.category}`}>
                  <Cells
                    values={[
                      `${r.kind === "appeals" ? "Appeals" : "Cases"} · ${categoryLabel(r.category)}`,
                      formatCount(r.open),
                      r.breached ? (
                        <span className="font-semibold text-danger-text">{formatCount(r.breached)} breached</span>
                      ) : (
                        "0"
                      ),
                      r.oldestFirstReportedAt
                        ? hydrated
                          ? formatAbsolute(new Date(r.oldestFirstReportedAt))
                          : formatAbsolute(new Date(r.oldestFirstReportedAt), "UTC")
                        : "–",
                    ]}
                  />
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableCard>
      )}
    </Section>
  );
}

function Appeals({ dashboard }: { dashboard: Dashboard }) {
  const a = dashboard.appeals;
  const rows: [string, string][] = [
    ["Received", formatCount(a.received)],
    ["Decided", formatCount(a.decided)],
    ["Upheld", formatCount(a.upheld)],
    ["Overturned", formatCount(a.overturned)],
    ["Modified", formatCount(a.modified)],
    ["Overturn rate", percent(a.overturnRate)],
  ];
  return (
    <Section title="Appeals" actions={<CsvButton name="appeals" rows={[["figure", "value"], ...rows]} />}>
      <TableCard tabIndex={0} role="region" aria-label="Appeals">
        <Table>
          <Head columns={["Appeals in the period", "Count"]} />
          <TableBody>
            {rows.map(([k, v]) => (
              <TableRow key={k}>
                <Cells values={[k, v]} />
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableCard>
    </Section>
  );
}

function Timings({ dashboard }: { dashboard: Dashboard }) {
  const rows = dashboard.timings;
  const csv = [
    [
      "category",
      "closed",
      "first action p50 min",
      "first action p90 min",
      "decision p50 min",
      "decision p90 min",
      "SLA breached",
    ],
    ...rows.map((r) => [
      r.category,
      r.closed,
      r.firstActionP50,
      r.firstActionP90,
      r.decisionP50,
      r.decisionP90,
      r.breached,
    ]),
  ];
  return (
    <Section
      title="Speed and SLA of cases closed in the period"
      actions={<CsvButton name="speed-and-sla" rows={csv} />}
    >
      {rows.length === 0 ? (
        <EmptyState title="No case was closed in this period" />
      ) : (
        <TableCard tabIndex={0} role="region" aria-label="Speed and SLA of cases closed in the period">
          <Table>
            <Head
              columns={[
                "Category",
                "Closed",
                "First action p50",
                "First action p90",
                "Decision p50",
                "Decision p90",
                "SLA breached",
              ]}
            />
            <TableBody>
              {rows.map((r) => (
                <TableRow key={r.category}>
                  <Cells
                    values={[
                      categoryLabel(r.category),
                      formatCount(r.closed),
                      minutes(r.firstActionP50),
                      minutes(r.firstActionP90),
                      minutes(r.decisionP50),
                      minutes(r.decisionP90),
                      `${formatCount(r.breached)} (${percent(r.closed ? r.breached / r.closed : null)})`,
                    ]}
                  />
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableCard>
      )}
    </Section>
  );
}

function Moderators({ dashboard }: { dashboard: Dashboard }) {
  const { moderators, team } = dashboard;
  const columns = ["Moderator", "Decisions", "Dismissals", "Enforcements", "Reversed", "Overturned on appeal"];
  const csv = [
    columns,
    ...moderators.map((m) => [m.name, m.decisions, m.dismissals, m.enforcements, m.reversed, m.overturned]),
    ["Team total", team.decisions, team.dismissals, team.enforcements, team.reversed, team.overturned],
  ];
  return (
    <Section
      title={dashboard.seesEveryone ? "Decisions by moderator" : "Your decisions and the team's"}
      actions={<CsvButton name="decisions-by-moderator" rows={csv} />}
    >
      <TableCard
        tabIndex={0}
        role="region"
        aria-label={dashboard.seesEveryone ? "Decisions by moderator" : "Your decisions and the team's"}
      >
        <Table>
          <Head columns={columns} />
          <TableBody>
            {moderators.map((m) => (
              <TableRow key={m.id}>
                <Cells
                  values={[m.name, m.decisions, m.dismissals, m.enforcements, m.reversed, m.overturned].map((v) =>
                    typeof v === "number" ? formatCount(v) : v,
                  )}
                />
              </TableRow>
            ))}
            {moderators.length === 0 ? (
              <TableRow>
                <TableCell colSpan={6} className="text-muted">
                  {dashboard.seesEveryone ? "No decisions in this period." : "You made no decisions in this period."}
                </TableCell>
              </TableRow>
            ) : null}
            <TableRow className="bg-surface-subtle font-semibold">
              <Cells
                values={[
                  "Team total",
                  team.decisions,
                  team.dismissals,
                  team.enforcements,
                  team.reversed,
                  team.overturned,
                ].map((v) => (typeof v === "number" ? formatCount(v) : v))}
              />
            </TableRow>
          </TableBody>
        </Table>
      </TableCard>
    </Section>
  );
}

function Precision({ dashboard }: { dashboard: Dashboard }) {
  const rows = dashboard.precision;
  const csv = [
    ["rule", "category", "actioned", "dismissed", "precision"],
    ...rows.map((r) => [r.ruleId, r.category, r.actioned, r.dismissed, r.precision]),
  ];
  return (
    <Section
      title="Detector precision per rule, from decisions"
      actions={<CsvButton name="detector-precision" rows={csv} />}
    >
      <p className="mb-3 text-sm text-muted">
        Of the automatic reports each rule raised in the period whose case is closed: actioned, or dismissed by a
        moderator (a false positive).
      </p>
      {rows.length === 0 ? (
        <EmptyState title="No automatic report was decided in this period" />
      ) : (
        <TableCard tabIndex={0} role="region" aria-label="Detector precision per rule">
          <Table>
            <Head columns={["Rule", "Category", "Actioned", "Dismissed", "Precision"]} />
            <TableBody>
              {rows.map((r) => (
                <TableRow key={`${r.ruleId}-${r.category}`}>
                  <Cells
                    values={[
                      <code key="rule" className="text-xs">
                        {r.ruleId}
                      </code>,
                      categoryLabel(r.category),
                      formatCount(r.actioned),
                      formatCount(r.dismissed),
                      percent(r.precision),
                    ]}
                  />
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableCard>
      )}
    </Section>
  );
}
