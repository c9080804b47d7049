import type { ReactNode } from "react";
import { requirePageActor } from "@/lib/auth/session";

// Checked outside the page's loading boundary, so a refusal is a real 403 before anything streams.
export default async function Layout({ children }: { children: ReactNode }) {
  await requirePageActor("metrics:read");
  return children;
}
