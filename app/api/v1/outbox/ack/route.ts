import { AckBatch } from "@/lib/api/schemas/outbox";
import { defineRoute } from "@/lib/http/route";
import { acknowledgeReplies } from "@/lib/platform/outbox";
import { otherMethods } from "@/lib/http/methods";

export const POST = defineRoute({ auth: "token", body: AckBatch }, ({ body, caller }) =>
  acknowledgeReplies(body, caller),
);

export const { GET, PUT, PATCH, DELETE } = otherMethods({ POST });
