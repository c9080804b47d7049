import { claimCase, releaseCase } from "@/lib/cases/claims/claims";
import { defineRoute } from "@/lib/http/route";
import { otherMethods } from "@/lib/http/methods";

type Params = { caseId: string };

/** POST: claim the case. Refused (409, naming the holder) when someone else holds it. */
export const POST = defineRoute<"session", undefined, undefined, Params>(
  { auth: "session", permission: "case:claim" },
  ({ actor, params }) => claimCase(actor, params.caseId),
);

/** DELETE: release your claim. */
export const DELETE = defineRoute<"session", undefined, undefined, Params>(
  { auth: "session", permission: "case:claim" },
  ({ actor, params }) => releaseCase(actor, params.caseId),
);

export const { GET, PUT, PATCH } = otherMethods({ POST, DELETE });
