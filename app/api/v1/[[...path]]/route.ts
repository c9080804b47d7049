import { unknownPath } from "@/lib/http/methods";

// Optional catch-all: /api/v1 itself too. Every path a route file serves takes precedence.
const handler = (request: Request) => unknownPath(request, "See /api/v1/openapi.json for the calls that exist.");

export { handler as GET, handler as POST, handler as PUT, handler as PATCH, handler as DELETE };
