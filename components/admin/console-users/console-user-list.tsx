"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "sonner";
import { setConsoleUserActiveAction, signOutEverywhereAction } from "@/app/(console)/admin/users/actions";
import { RelativeTime } from "@/components/ui/relative-time";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import type { ConsoleRole } from "@/lib/generated/prisma/enums";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCard, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

interface UserRow {
  id: string;
  email: string;
  name: string;
  role: ConsoleRole;
  active: boolean;
  lastSignInAt: string | null;
}

export function ConsoleUserList({ users, currentUserId }: { users: UserRow[]; currentUserId: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  function toggle(user: UserRow) {
    startTransition(async () => {
      const result = await setConsoleUserActiveAction(user.id, !user.active);
      if (result.ok) toast.success(result.message);
      else toast.error(result.error);
      router.refresh();
    });
  }

  function signOut(user: UserRow) {
    startTransition(async () => {
      const result = await signOutEverywhereAction(user.id);
      if (result.ok) toast.success(result.message);
      else toast.error(result.error);
    });
  }

  return (
    <TableCard>
      <Table>
        <caption className="sr-only">Console users</caption>
        <TableHeader>
          <TableRow>
            <TableHead>Name</TableHead>
            <TableHead>Role</TableHead>
            <TableHead>Status</TableHead>
            <TableHead>Last sign-in</TableHead>
            <TableHead>
              <span className="sr-only">Actions</span>
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {users.map((u) => (
            <TableRow key={u.id} className={u.active ? "" : "bg-surface-subtle text-muted"}>
              <TableCell>
                <p className="font-medium">{u.name}</p>
                <p className="text-xs text-muted">{u.email}</p>
              </TableCell>
              <TableCell>{ROLE_LABELS[u.role]}</TableCell>
              <TableCell>{u.active ? "Active" : "Deactivated"}</TableCell>
              <TableCell className="text-xs">
                {u.lastSignInAt ? <RelativeTime iso={u.lastSignInAt} /> : "Never"}
              </TableCell>
              <TableCell className="text-right">
                {u.id === currentUserId ? (
                  <span className="text-xs text-muted">You</span>
                ) : (
                  <span className="inline-flex gap-2">
                    {u.active && (
                      <Button
                        disabled={pending}
                        onClick={() => signOut(u)}
                        aria-label={`Sign ${u.name} out everywhere`}
                        size="sm"
                      >
                        Sign out everywhere
                      </Button>
                    )}
                    <Button
                      disabled={pending}
                      onClick={() => toggle(u)}
                      aria-label={`${u.active ? "Deactivate" : "Reactivate"} ${u.name}`}
                      size="sm"
                    >
                      {u.active ? "Deactivate" : "Reactivate"}
                    </Button>
                  </span>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableCard>
  );
}
