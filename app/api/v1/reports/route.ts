import { json, withApiToken } from "@/lib/api/handler";
import { ReportInput } from "@/lib/api/schemas/reports";
import { fileApiReport } from "@/lib/platform/reports";

export const POST = withApiToken(
  async ({ body }) => {
    const result = await fileApiReport(body);
    return json(result, result.status === "created" ? 201 : 200);
  },
  { body: ReportInput },
);
