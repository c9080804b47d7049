import { defineRoute } from "@/lib/http/route";
import { countQueue } from "@/lib/cases/queue/list";
import { queueParamsSchema, type QueueCountsResponse } from "@/lib/cases/queue/schemas";
import { otherMethods } from "@/lib/http/methods";

export const dynamic = "force-dynamic";

/** GET /api/queue/counts?…filters: how many cases each tab holds under these filters (capped). */
export const GET = defineRoute(
  { auth: "session", permission: "queue:read", query: queueParamsSchema },
  async ({ actor, query }): Promise<QueueCountsResponse> => {
    const now = new Date();
    return { counts: await countQueue(actor, query, now), generatedAt: now.toISOString() };
  },
);

export const { POST, PUT, PATCH, DELETE } = otherMethods({ GET });
