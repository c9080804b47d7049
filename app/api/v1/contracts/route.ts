import { json, withApiToken } from "@/lib/api/handler";
import { ContractEvent } from "@/lib/api/schemas/contracts";
import { recordContractEvent } from "@/lib/platform/contracts";

export const POST = withApiToken(
  async ({ body }) => {
    const result = await recordContractEvent(body);
    return json(result, result.status === "created" ? 201 : 200);
  },
  { body: ContractEvent },
);
