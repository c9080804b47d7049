import { AckBatch } from "@/lib/api/schemas/outbox";
import { defineRoute } from "@/lib/http/route";
import { acknowledgeReplies } from "@/lib/platform/outbox";

export const POST = defineRoute({ auth: "token", body: AckBatch }, ({ body, caller }) =>
  acknowledgeReplies(body, caller),
);
