"use client";

import { useState } from "react";
import { toast } from "sonner";
import { LocalTime } from "@/components/accounts/account-status";
import { Field, Input } from "@/components/ui/field";
import { Panel } from "@/components/ui/panel";
import { buttonVariants } from "@/components/ui/button";

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** The date range and the two downloads; the server checks the permission and the range again. */
export function StatementExport({
  summary,
}: {
  summary: { count: number; first: string | null; last: string | null };
}) {
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const badRange = DAY_PATTERN.test(from) && DAY_PATTERN.test(to) && from > to;
  const href = (format: "csv" | "json") => {
    const q = new URLSearchParams({ format });
    if (from) q.set("from", from);
    if (to) q.set("to", to);
    return `/api/statements/export?${q}`;
  };
  const started = (format: string) => toast.success(`Export started: the ${format} file downloads from the server.`);

  return (
    <Panel title="Export" titleId="statement-export-title" className="max-w-2xl">
      <div className="space-y-4 px-4 py-4">
        <p className="text-sm text-fg-soft">
          {summary.count === 0 ? (
            "No statement of reasons has been issued yet: they are written when an enforcement is decided."
          ) : (
            <>
              {summary.count} statement{summary.count === 1 ? "" : "s"} issued, from <LocalTime iso={summary.first!} />{" "}
              to <LocalTime iso={summary.last!} />.
            </>
          )}
        </p>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="From (UTC day)" hint="Leave empty for the first one.">
            <Input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
          </Field>
          <Field label="To (UTC day, included)" error={badRange ? "The end is before the start." : undefined}>
            <Input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
          </Field>
        </div>
        <div className="flex flex-wrap gap-2">
          <a
            href={badRange ? undefined : href("csv")}
            aria-disabled={badRange}
            download
            onClick={() => (badRange ? toast.error("The end is before the start.") : started("CSV"))}
            className={buttonVariants({ variant: "primary", size: "sm" })}
          >
            Download CSV
          </a>
          <a
            href={badRange ? undefined : href("json")}
            aria-disabled={badRange}
            download
            onClick={() => (badRange ? toast.error("The end is before the start.") : started("JSON"))}
            className={buttonVariants({ size: "sm" })}
          >
            Download JSON (first page)
          </a>
        </div>
        <p className="text-xs text-muted">
          JSON answers one page (500 statements; <code>limit</code> takes up to 1,000): ask again with{" "}
          <code>after</code> set to the page&apos;s <code>next</code>. The CSV holds the whole range; list fields are
          JSON arrays.
        </p>
      </div>
    </Panel>
  );
}
