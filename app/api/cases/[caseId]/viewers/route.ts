import { listOtherViewers, recordCaseView, stopViewingCase } from "@/lib/cases/presence";
import { consoleRoute } from "@/lib/http/route";

type Params = { caseId: string };

/** GET: who else has this case open. */
export const GET = consoleRoute<Params>("case:read", async ({ actor, params }) => ({
  viewers: await listOtherViewers(params.caseId, actor),
}));

/** POST: heartbeat from an open case page; answers who else is viewing. */
export const POST = consoleRoute<Params>("case:read", async ({ actor, params }) => ({
  viewers: await recordCaseView(params.caseId, actor),
}));

/** DELETE: the page was closed. */
export const DELETE = consoleRoute<Params>("case:read", async ({ actor, params }) => {
  await stopViewingCase(params.caseId, actor);
  return { ok: true };
});
