import { assertCan } from "@/lib/auth/session";
import { assignCases, dismissCases } from "@/lib/cases/bulk";
import { defineRoute } from "@/lib/http/route";
import { bulkActionSchema } from "@/lib/cases/queue/schemas";
import { otherMethods } from "@/lib/http/methods";

/** POST /api/queue/bulk: dismiss (moderators and staff) or assign (staff) several cases. */
export const POST = defineRoute(
  { auth: "session", permission: "queue:read", body: bulkActionSchema },
  async ({ actor, body: input }) => {
    if (input.action === "dismiss") {
      assertCan(actor, "case:decide");
      return dismissCases(actor, input.cases, input.reason, { requestId: input.requestId });
    }
    assertCan(actor, "case:assign");
    return assignCases(
      actor,
      input.cases.map((c) => c.caseId),
      input.assigneeId,
    );
  },
);

export const { GET, PUT, PATCH, DELETE } = otherMethods({ POST });
