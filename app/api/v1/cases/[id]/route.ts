import { json, notFound, withApiToken } from "@/lib/api/handler";
import { getCaseForPlatform } from "@/lib/platform/cases";

export const GET = withApiToken(async ({ params }) => {
  const kase = await getCaseForPlatform(params.id ?? "");
  if (!kase) return notFound(`No case has the id "${params.id}". Use the caseId that POST /api/v1/reports returned.`);
  return json(kase);
});
