import { AppealInput } from "@/lib/api/schemas/appeals";
import { receiveAppeal } from "@/lib/appeals/intake";
import { defineRoute, json } from "@/lib/http/route";
import { otherMethods } from "@/lib/http/methods";

export const POST = defineRoute({ auth: "token", body: AppealInput }, async ({ body }) => {
  const result = await receiveAppeal(body);
  return json(result, result.status === "created" ? 201 : 200);
});

export const { GET, PUT, PATCH, DELETE } = otherMethods({ POST });
