import { defineRoute } from "@/lib/http/route";
import { otherMethods } from "@/lib/http/methods";
import { metricsText } from "@/lib/metrics/prometheus";

// Prometheus scrapes with an API token (Authorization: Bearer tsc_…), like the platform API.
export const GET = defineRoute({ auth: "token" }, async () => {
  const { body, contentType } = await metricsText();
  return new Response(body, { headers: { "Content-Type": contentType, "Cache-Control": "no-store" } });
});

export const { POST, PUT, PATCH, DELETE } = otherMethods({ GET });
