import { assignCase } from "@/lib/cases/claims/claims";
import { defineRoute } from "@/lib/http/route";
import { assignSchema } from "@/lib/cases/queue/schemas";
import { otherMethods } from "@/lib/http/methods";

/** POST { assigneeId }: staff hand the case to someone, or back to the queue with null. */
export const POST = defineRoute<"session", typeof assignSchema, undefined, { caseId: string }>(
  { auth: "session", permission: "case:assign", body: assignSchema },
  ({ actor, body, params }) => assignCase(actor, params.caseId, body.assigneeId),
);

export const { GET, PUT, PATCH, DELETE } = otherMethods({ POST });
