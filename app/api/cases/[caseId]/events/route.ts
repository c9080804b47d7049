import { z } from "@/lib/zod";
import { defineRoute, notFound } from "@/lib/http/route";
import { caseExists } from "@/lib/cases/view/load";
import { caseStream } from "@/lib/live/streams";
import { PG_INT_MAX } from "@/lib/version";
import { otherMethods } from "@/lib/http/methods";

export const dynamic = "force-dynamic";

type Params = { caseId: string };
const permission = "case:read" as const;
const query = z.object({ since: z.coerce.number().int().min(0).max(PG_INT_MAX).optional() });

/** GET /api/cases/[caseId]/events?since=<version>: server-sent events of this case's changes, for its open page. */
export const GET = defineRoute<"session", undefined, typeof query, Params>(
  { auth: "session", permission, query },
  async ({ request, params, query }) =>
    (await caseExists(params.caseId))
      ? caseStream(request, permission, params.caseId, query.since)
      : notFound("This case does not exist."),
);

export const { POST, PUT, PATCH, DELETE } = otherMethods({ GET });
