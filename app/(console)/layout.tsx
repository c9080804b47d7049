import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { navigationFor } from "@/lib/auth/navigation";
import { requirePageActor } from "@/lib/auth/session";

export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const actor = await requirePageActor();
  return (
    <AppShell actor={{ name: actor.name, email: actor.email, role: actor.role }} nav={navigationFor(actor.role)}>
      {children}
    </AppShell>
  );
}
