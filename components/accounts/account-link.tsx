"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { accountHref } from "@/components/accounts/account-href";
import { UserText } from "@/components/ui/user-text";

/**
 * A handle that opens the account page: a real link, reachable by keyboard
 * (give `tabIndex` only where a roving focus decides it, as in the queue).
 * A click does not reach the row or card around it (the queue's rows
 * react to clicks). `prefetch={false}` where a page shows many of them (the
 * queue's rows, a thread's messages): each prefetch is a server render, and
 * dozens at once slow down the page the moderator actually opens.
 */
export function AccountLink({
  id,
  handle,
  children,
  className = "font-medium text-accent-text underline-offset-2 hover:underline",
  tabIndex,
  prefetch,
}: {
  id?: string | null;
  handle: string;
  children?: ReactNode;
  className?: string;
  tabIndex?: number;
  prefetch?: false;
}) {
  return (
    <Link
      href={accountHref({ id, handle })}
      className={`${className} rounded-sm focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-focus`}
      tabIndex={tabIndex}
      prefetch={prefetch}
      onClick={(event) => event.stopPropagation()}
    >
      {children ?? (
        <>
          @<UserText text={handle} />
        </>
      )}
    </Link>
  );
}
