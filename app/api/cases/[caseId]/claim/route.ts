import { claimCase, releaseCase } from "@/lib/cases/claims";
import { consoleRoute } from "@/lib/http/route";

type Params = { caseId: string };

/** POST: claim the case. Refused (409, naming the holder) when someone else holds it. */
export const POST = consoleRoute<Params>("case:claim", ({ actor, params }) => claimCase(actor, params.caseId));

/** DELETE: release your claim. */
export const DELETE = consoleRoute<Params>("case:claim", ({ actor, params }) => releaseCase(actor, params.caseId));
