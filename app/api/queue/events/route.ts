import { defineRoute } from "@/lib/http/route";
import { queueStream } from "@/lib/live/streams";
import { otherMethods } from "@/lib/http/methods";

export const dynamic = "force-dynamic";

const permission = "queue:read" as const;

/** GET /api/queue/events: server-sent events of every committed case change, for an open queue. */
export const GET = defineRoute({ auth: "session", permission }, ({ request }) => queueStream(request, permission));

export const { POST, PUT, PATCH, DELETE } = otherMethods({ GET });
