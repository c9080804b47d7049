import { SCAN_MAX_BODY_BYTES, ScanRequest } from "@/lib/api/schemas/scan";
import { defineRoute } from "@/lib/http/route";
import { preSendScan } from "@/lib/scanning/pre-send";
import { otherMethods } from "@/lib/http/methods";

export const POST = defineRoute(
  { auth: "token", body: ScanRequest, maxBodyBytes: SCAN_MAX_BODY_BYTES },
  async ({ body }) => preSendScan(body),
);

export const { GET, PUT, PATCH, DELETE } = otherMethods({ POST });
