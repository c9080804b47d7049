import { OutboxQuery } from "@/lib/api/schemas/outbox";
import { defineRoute } from "@/lib/http/route";
import { listOutbox } from "@/lib/platform/outbox";
import { otherMethods } from "@/lib/http/methods";

export const GET = defineRoute({ auth: "token", query: OutboxQuery }, ({ query }) => listOutbox(query.limit));

export const { POST, PUT, PATCH, DELETE } = otherMethods({ GET });
