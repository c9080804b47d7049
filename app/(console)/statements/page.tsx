import type { Metadata } from "next";
import { StatementExport } from "@/components/statements/statement-export";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/session";
import { statementSummary } from "@/lib/statements/load";

export const metadata: Metadata = { title: "Statements of reasons" };

/** Staff download the statements of reasons for a date range in the DSA Transparency Database's fields. */
export default async function StatementsPage() {
  await requirePageActor("statement:export");
  const summary = await statementSummary();
  return (
    <div>
      <PageHeader
        title="Statements of reasons"
        description="Every enforcement sends the affected account a statement of reasons. Export them for a date range in the fields of the EU DSA Transparency Database."
      />
      <StatementExport summary={summary} />
    </div>
  );
}
