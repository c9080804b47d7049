import { after } from "next/server";
import { defineRoute } from "@/lib/http/route";
import { listQueue } from "@/lib/cases/queue/list";
import { queueParamsSchema } from "@/lib/cases/queue/schemas";
import { refreshWaitingPointsIfDue } from "@/lib/cases/queue/waiting";
import { otherMethods } from "@/lib/http/methods";

export const dynamic = "force-dynamic";

/** GET /api/queue?tab=…&category=…&q=…&cursor=…: one page of the queue (polled every ~2 s). */
export const GET = defineRoute(
  { auth: "session", permission: "queue:read", query: queueParamsSchema },
  async ({ actor, query }) => {
    const page = await listQueue(actor, query);
    // Keeps the waiting-time part of priorities current, after the answer is sent.
    after(() => refreshWaitingPointsIfDue().catch((error) => console.error("waiting refresh failed", error)));
    return page;
  },
);

export const { POST, PUT, PATCH, DELETE } = otherMethods({ GET });
