import { problem, problemResponse } from "@/lib/http/problem";

// Unknown API paths answer in the API's own format rather than an HTML page.
function unknownPath(request: Request) {
  const { pathname } = new URL(request.url);
  return problemResponse(
    problem(
      "NOT_FOUND",
      `There is no ${request.method} ${pathname}. See /api/v1/openapi.json for the calls that exist.`,
    ),
  );
}

export const GET = unknownPath;
export const POST = unknownPath;
export const PUT = unknownPath;
export const PATCH = unknownPath;
export const DELETE = unknownPath;
