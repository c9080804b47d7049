import Link from "next/link";
import type { ReactNode } from "react";
import type { NavItem } from "@/lib/auth/navigation";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import type { ConsoleRole } from "@/lib/generated/prisma/enums";
import { NavLinks } from "@/components/shell/nav-links";
import { SignOutButton } from "@/components/shell/sign-out-button";

interface Props {
  actor: { name: string; email: string; role: ConsoleRole };
  nav: NavItem[];
  children: ReactNode;
}

export function AppShell({ actor, nav, children }: Props) {
  return (
    <div className="flex min-h-screen">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <aside className="sticky top-0 flex h-screen w-56 shrink-0 flex-col border-r border-slate-200 bg-white">
        <div className="px-4 py-4">
          <Link href="/" className="block text-sm font-semibold text-slate-900">
            Trust &amp; Safety
          </Link>
          <p className="text-xs text-slate-500">Marketplace console</p>
        </div>
        <nav aria-label="Main" className="flex-1 px-2">
          <NavLinks items={nav.map(({ href, label }) => ({ href, label }))} />
        </nav>
        <div className="border-t border-slate-200 px-4 py-3">
          <p className="truncate text-sm font-medium text-slate-900">{actor.name}</p>
          <p className="truncate text-xs text-slate-500">{actor.email}</p>
          <p
            className="mt-1 inline-block rounded bg-slate-100 px-1.5 py-0.5 text-xs font-medium text-slate-700"
            data-testid="current-role"
          >
            {ROLE_LABELS[actor.role]}
          </p>
          <SignOutButton />
        </div>
      </aside>
      <main id="main" className="min-w-0 flex-1 px-8 py-6">
        {children}
      </main>
    </div>
  );
}
