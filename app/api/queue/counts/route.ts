import { consoleRoute } from "@/lib/http/route";
import { countQueue } from "@/lib/queue/list";
import { queueParamsSchema, type QueueCountsResponse } from "@/lib/queue/schemas";

export const dynamic = "force-dynamic";

/** GET /api/queue/counts?…filters: how many cases each tab holds under these filters (capped). */
export const GET = consoleRoute("queue:read", async ({ actor, request }): Promise<QueueCountsResponse> => {
  const params = queueParamsSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const now = new Date();
  return { counts: await countQueue(actor, params, now), generatedAt: now.toISOString() };
});
