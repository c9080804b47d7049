import { defineRoute } from "@/lib/http/route";
import { queueStream } from "@/lib/live/streams";

export const dynamic = "force-dynamic";

const permission = "queue:read" as const;

/** GET /api/queue/events: server-sent events of every committed case change, for an open queue. */
export const GET = defineRoute({ auth: "session", permission }, ({ request }) => queueStream(request, permission));
