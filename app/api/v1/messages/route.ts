import { json, withApiToken } from "@/lib/api/handler";
import { MessageBatch } from "@/lib/api/schemas/messages";
import { ingestMessages } from "@/lib/platform/messages";

export const POST = withApiToken(
  async ({ body }) => {
    const { result, created } = await ingestMessages(body);
    return json(result, created > 0 ? 201 : 200);
  },
  { body: MessageBatch },
);
