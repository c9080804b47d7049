import { openApiDocument } from "@/lib/api/openapi";
import { otherMethods } from "@/lib/http/methods";

// The document is public (it holds no data) and the same for every request.
export function GET() {
  return new Response(JSON.stringify(openApiDocument(), null, 2), {
    headers: { "Content-Type": "application/json", "Cache-Control": "public, max-age=300" },
  });
}

export const { POST, PUT, PATCH, DELETE } = otherMethods({ GET });
