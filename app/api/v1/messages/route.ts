import { MessageBatch } from "@/lib/api/schemas/messages";
import { defineRoute, json } from "@/lib/http/route";
import { ingestMessages } from "@/lib/platform/messages";
import { otherMethods } from "@/lib/http/methods";
import { countIngested } from "@/lib/metrics/prometheus";

export const POST = defineRoute({ auth: "token", body: MessageBatch }, async ({ body }) => {
  const { result, created } = await ingestMessages(body);
  countIngested("message", created);
  return json(result, created > 0 ? 201 : 200);
});

export const { GET, PUT, PATCH, DELETE } = otherMethods({ POST });
