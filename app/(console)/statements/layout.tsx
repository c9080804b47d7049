import type { ReactNode } from "react";
import { requirePageActor } from "@/lib/auth/session";

// Checked here, outside the page's loading boundary, so a refusal is sent
// as a real 403 before anything streams.
export default async function Layout({ children }: { children: ReactNode }) {
  await requirePageActor("statement:export");
  return children;
}
