import { json, withApiToken } from "@/lib/api/handler";
import { AckBatch } from "@/lib/api/schemas/outbox";
import { acknowledgeReplies } from "@/lib/platform/outbox";

export const POST = withApiToken(async ({ body, caller }) => json(await acknowledgeReplies(body, caller)), { body: AckBatch });
