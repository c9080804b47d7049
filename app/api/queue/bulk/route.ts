import { assertCan } from "@/lib/auth/session";
import { assignCases, dismissCases } from "@/lib/cases/bulk";
import { consoleRoute, readJson } from "@/lib/http/route";
import { bulkActionSchema } from "@/lib/queue/schemas";

/** POST /api/queue/bulk: dismiss (moderators and staff) or assign (staff) several cases. */
export const POST = consoleRoute("queue:read", async ({ actor, request }) => {
  const input = await readJson(request, bulkActionSchema);
  if (input.action === "dismiss") {
    assertCan(actor, "case:decide");
    return dismissCases(actor, input.cases, input.reason, { requestId: input.requestId });
  }
  assertCan(actor, "case:assign");
  return assignCases(actor, input.cases.map((c) => c.caseId), input.assigneeId);
});
