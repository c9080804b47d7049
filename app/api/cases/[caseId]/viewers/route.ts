import { listOtherViewers, recordCaseView, stopViewingCase } from "@/lib/cases/claims/presence";
import { defineRoute } from "@/lib/http/route";
import { otherMethods } from "@/lib/http/methods";

type Params = { caseId: string };
const viewer = { auth: "session", permission: "case:read" } as const;

/** GET: who else has this case open. */
export const GET = defineRoute<"session", undefined, undefined, Params>(viewer, async ({ actor, params }) => ({
  viewers: await listOtherViewers(params.caseId, actor),
}));

/** POST: heartbeat from an open case page; answers who else is viewing. */
export const POST = defineRoute<"session", undefined, undefined, Params>(viewer, async ({ actor, params }) => ({
  viewers: await recordCaseView(params.caseId, actor),
}));

/** DELETE: the page was closed. */
export const DELETE = defineRoute<"session", undefined, undefined, Params>(viewer, async ({ actor, params }) => {
  await stopViewingCase(params.caseId, actor);
  return { ok: true };
});

export const { PUT, PATCH } = otherMethods({ GET, POST, DELETE });
