"use client";

import { setConsoleUserActiveAction, signOutEverywhereAction } from "@/app/(console)/admin/users/actions";
import { RelativeTime } from "@/components/ui/relative-time";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import type { ConsoleRole } from "@/lib/generated/prisma/enums";
import { Button } from "@/components/ui/button";
import { ACTIONS_COLUMN, DataTable, TableCell, TableRow } from "@/components/ui/table";
import { useActionRunner } from "@/components/ui/use-action-runner";

interface UserRow {
  id: string;
  email: string;
  name: string;
  role: ConsoleRole;
  active: boolean;
  lastSignInAt: string | null;
}

export function ConsoleUserList({ users, currentUserId }: { users: UserRow[]; currentUserId: string }) {
  const { pending, run } = useActionRunner();

  function toggle(user: UserRow) {
    run(() => setConsoleUserActiveAction(user.id, !user.active));
  }

  function signOut(user: UserRow) {
    run(() => signOutEverywhereAction(user.id), { refresh: false });
  }

  return (
    <DataTable caption="Console users" columns={["Name", "Role", "Status", "Last sign-in", ACTIONS_COLUMN]}>
      {users.map((u) => (
        <TableRow key={u.id} className={u.active ? "" : "bg-surface-subtle text-muted"}>
          <TableCell>
            <p className="font-medium">{u.name}</p>
            <p className="text-xs text-muted">{u.email}</p>
          </TableCell>
          <TableCell>{ROLE_LABELS[u.role]}</TableCell>
          <TableCell>{u.active ? "Active" : "Deactivated"}</TableCell>
          <TableCell className="text-xs">{u.lastSignInAt ? <RelativeTime iso={u.lastSignInAt} /> : "Never"}</TableCell>
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
    </DataTable>
  );
}
