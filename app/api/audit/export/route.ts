import { parseAuditFilter } from "@/lib/audit/filters";
import { seesConsoleAccounts } from "@/lib/audit/visibility";
import { auditEventsForExport, type AuditRow } from "@/lib/audit/list";
import { caseReference } from "@/lib/cases/labels";
import { SafeError } from "@/lib/errors";
import { csvResponse } from "@/lib/http/csv";
import { defineRoute } from "@/lib/http/route";
import { otherMethods } from "@/lib/http/methods";

export const GET = defineRoute({ auth: "session", permission: "audit:read" }, async ({ request, actor }) => {
  const { filter, error } = parseAuditFilter(Object.fromEntries(new URL(request.url).searchParams));
  if (error) throw new SafeError("INVALID", `Invalid filter: ${error}`);

  return csvResponse({
    columns: [
      "id",
      "createdAt",
      "actor",
      // Console users' addresses are for those who manage them (lib/audit/visibility.ts).
      ...(seesConsoleAccounts(actor) ? ["actorEmail"] : []),
      "action",
      "caseNumber",
      "subjectType",
      "subjectId",
      "reason",
      "data",
    ],
    rows: auditEventsForExport(actor, filter),
    toRecord: (row: AuditRow) => ({
      ...row,
      caseNumber: row.caseNumber ? caseReference(row.caseNumber) : "",
      data: JSON.stringify(row.data),
    }),
    filename: `audit-${new Date().toISOString().slice(0, 10)}.csv`,
  });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods({ GET });
