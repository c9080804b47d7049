import { assignCase } from "@/lib/cases/claims";
import { consoleRoute, readJson } from "@/lib/http/route";
import { assignSchema } from "@/lib/queue/schemas";

/** POST { assigneeId }: staff hand the case to someone, or back to the queue with null. */
export const POST = consoleRoute<{ caseId: string }>("case:assign", async ({ actor, request, params }) => {
  const { assigneeId } = await readJson(request, assignSchema);
  return assignCase(actor, params.caseId, assigneeId);
});
