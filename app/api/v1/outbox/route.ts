import { json, withApiToken } from "@/lib/api/handler";
import { OutboxQuery } from "@/lib/api/schemas/outbox";
import { listOutbox } from "@/lib/platform/outbox";

export const GET = withApiToken(async ({ query }) => json(await listOutbox(query.limit)), { query: OutboxQuery });
