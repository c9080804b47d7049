import { ShieldCheck } from "lucide-react";
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

/**
 * A sidebar from 1024 px up; below that the same navigation and the signed-in
 * person sit in a bar across the top, so the page keeps its width for tables.
 */
export function AppShell({ actor, nav, children }: Props) {
  return (
    <div className="min-h-screen lg:flex">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-surface focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <aside className="flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-border bg-surface px-4 py-2 lg:sticky lg:top-0 lg:h-screen lg:w-56 lg:shrink-0 lg:flex-col lg:flex-nowrap lg:items-stretch lg:gap-0 lg:border-r lg:border-b-0 lg:p-0">
        <div className="lg:px-4 lg:py-4">
          <Link href="/" className="flex items-center gap-1.5 text-sm font-semibold text-fg">
            <ShieldCheck aria-hidden className="size-4 text-accent" />
            Trust &amp; Safety
          </Link>
          <p className="hidden text-xs text-muted lg:block">Marketplace console</p>
        </div>
        <nav aria-label="Main" className="flex-1 lg:px-2">
          <NavLinks items={nav.map(({ href, label }) => ({ href, label }))} />
        </nav>
        <div className="flex items-center gap-3 lg:block lg:border-t lg:border-border lg:px-4 lg:py-3">
          <div className="min-w-0 text-right lg:text-left">
            <p className="truncate text-sm font-medium text-fg">{actor.name}</p>
            <p className="hidden truncate text-xs text-muted lg:block">{actor.email}</p>
          </div>
          <p
            className="inline-block rounded bg-surface-strong px-1.5 py-0.5 text-xs font-medium text-fg-soft lg:mt-1"
            data-testid="current-role"
          >
            {ROLE_LABELS[actor.role]}
          </p>
          <SignOutButton />
        </div>
      </aside>
      <main id="main" className="min-w-0 flex-1 px-4 py-5 lg:px-8 lg:py-6">
        {children}
      </main>
    </div>
  );
}
