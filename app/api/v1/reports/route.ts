import { ReportInput } from "@/lib/api/schemas/reports";
import { defineRoute, json } from "@/lib/http/route";
import { fileApiReport } from "@/lib/platform/reports";
import { otherMethods } from "@/lib/http/methods";
import { countIngested } from "@/lib/metrics/prometheus";

export const POST = defineRoute({ auth: "token", body: ReportInput }, async ({ body }) => {
  const result = await fileApiReport(body);
  if (result.status === "created") countIngested("report");
  return json(result, result.status === "created" ? 201 : 200);
});

export const { GET, PUT, PATCH, DELETE } = otherMethods({ POST });
