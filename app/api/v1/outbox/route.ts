import { OutboxQuery } from "@/lib/api/schemas/outbox";
import { defineRoute } from "@/lib/http/route";
import { listOutbox } from "@/lib/platform/outbox";

export const GET = defineRoute({ auth: "token", query: OutboxQuery }, ({ query }) => listOutbox(query.limit));
