import { ContractEvent } from "@/lib/api/schemas/contracts";
import { defineRoute, json } from "@/lib/http/route";
import { recordContractEvent } from "@/lib/platform/contracts";
import { otherMethods } from "@/lib/http/methods";

export const POST = defineRoute({ auth: "token", body: ContractEvent }, async ({ body }) => {
  const result = await recordContractEvent(body);
  return json(result, result.status === "created" ? 201 : 200);
});

export const { GET, PUT, PATCH, DELETE } = otherMethods({ POST });
