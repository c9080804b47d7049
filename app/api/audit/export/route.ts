import { stringify } from "csv-stringify";
import { parseAuditFilter } from "@/lib/audit/filters";
import { seesConsoleAccounts } from "@/lib/audit/visibility";
import { auditEventsForExport, type AuditRow } from "@/lib/audit/list";
import { caseReference } from "@/lib/cases/labels";
import { SafeError } from "@/lib/errors";
import { defineRoute } from "@/lib/http/route";
import { otherMethods } from "@/lib/http/methods";

export const GET = defineRoute({ auth: "session", permission: "audit:read" }, async ({ request, actor }) => {
  const { filter, error } = parseAuditFilter(Object.fromEntries(new URL(request.url).searchParams));
  if (error) throw new SafeError("INVALID", `Invalid filter: ${error}`);

  const csv = stringify({
    header: true,
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
    // Cells starting with = + - @ are prefixed so spreadsheets never run them as formulas.
    cast: { string: (v) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v) },
  });
  // The first page is read before the headers go out: a query that fails does so as a problem
  // answer, not as a CSV cut off after its 200.
  const rows = auditEventsForExport(actor, filter);
  const first = await rows.next();
  const write = (row: AuditRow) =>
    csv.write({
      ...row,
      caseNumber: row.caseNumber ? caseReference(row.caseNumber) : "",
      data: JSON.stringify(row.data),
    });
  void (async () => {
    if (!first.done) write(first.value);
    for await (const row of rows) write(row);
    csv.end();
  })().catch((e) => csv.destroy(e as Error));

  const stream = new ReadableStream({
    start(controller) {
      csv.on("data", (chunk: Buffer | string) =>
        controller.enqueue(typeof chunk === "string" ? new TextEncoder().encode(chunk) : new Uint8Array(chunk)),
      );
      csv.on("end", () => controller.close());
      csv.on("error", (e) => controller.error(e));
    },
  });
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="audit-${stamp}.csv"`,
    },
  });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods({ GET });
