import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { resolveAccountId } from "@/lib/accounts/load";
import { requirePageActor } from "@/lib/auth/session";

// Checked outside the page's loading boundary, so a refusal is a real 403
// and an unknown account a real 404 (../not-found.tsx says so).
export default async function Layout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ accountId: string }>;
}) {
  await requirePageActor("account:read");
  if (!(await resolveAccountId((await params).accountId))) notFound();
  return children;
}
