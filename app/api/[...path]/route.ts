import { unknownPath } from "@/lib/http/methods";

// The console's own routes under /api are called by the console's pages, never typed by hand.
const handler = (request: Request) => unknownPath(request, "The console's routes are called by its pages.");

export { handler as GET, handler as POST, handler as PUT, handler as PATCH, handler as DELETE };
