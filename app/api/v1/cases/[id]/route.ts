import { defineRoute, notFound } from "@/lib/http/route";
import { getCaseForPlatform } from "@/lib/platform/cases";
import { otherMethods } from "@/lib/http/methods";

export const GET = defineRoute({ auth: "token" }, async ({ params }) => {
  const kase = await getCaseForPlatform(params.id ?? "");
  if (!kase) return notFound(`No case has the id "${params.id}". Use the caseId that POST /api/v1/reports returned.`);
  return kase;
});

export const { POST, PUT, PATCH, DELETE } = otherMethods({ GET });
