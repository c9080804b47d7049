import { claimNextCase, nothingToClaimMessage } from "@/lib/cases/claims/claims";
import { SafeError } from "@/lib/errors";
import { defineRoute } from "@/lib/http/route";
import { otherMethods } from "@/lib/http/methods";

/** POST /api/queue/claim-next: claims the most urgent case nobody holds, saying what it skipped. */
export const POST = defineRoute({ auth: "session", permission: "case:claim" }, async ({ actor }) => {
  const claimed = await claimNextCase(actor);
  if (!claimed) throw new SafeError("NOT_FOUND", await nothingToClaimMessage());
  return claimed;
});

export const { GET, PUT, PATCH, DELETE } = otherMethods({ POST });
