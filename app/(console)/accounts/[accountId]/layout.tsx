import type { ReactNode } from "react";
import { requirePageActor } from "@/lib/auth/session";

// Checked outside the page's loading boundary, so a refusal is a real 403.
export default async function Layout({ children }: { children: ReactNode }) {
  await requirePageActor("account:read");
  return children;
}
