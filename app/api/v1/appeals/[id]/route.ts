import { getAppealForPlatform } from "@/lib/appeals/platform";
import { defineRoute, notFound } from "@/lib/http/route";
import { otherMethods } from "@/lib/http/methods";

export const GET = defineRoute({ auth: "token" }, async ({ params }) => {
  const appeal = await getAppealForPlatform(params.id ?? "");
  if (!appeal) return notFound(`No appeal has the id "${params.id}". Use the id you sent to POST /api/v1/appeals.`);
  return appeal;
});

export const { POST, PUT, PATCH, DELETE } = otherMethods({ GET });
