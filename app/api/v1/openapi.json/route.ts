import { openApiDocument } from "@/lib/api/openapi";

// The document is public (it holds no data) and the same for every request.
export function GET() {
  return new Response(JSON.stringify(openApiDocument(), null, 2), {
    headers: { "Content-Type": "application/json", "Cache-Control": "public, max-age=300" },
  });
}
