"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "sonner";
import { setConsoleUserActiveAction } from "@/app/(console)/admin/users/actions";
import { RelativeTime } from "@/components/ui/relative-time";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import type { ConsoleRole } from "@/lib/generated/prisma/enums";
import { Button } from "@/components/ui/button";

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

  return (
    <div className="border-border bg-surface overflow-hidden rounded-lg border">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Console users</caption>
        <thead className="bg-surface-subtle text-muted text-xs tracking-wide uppercase">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">
              Name
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              Role
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              Status
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              Last sign-in
            </th>
            <th scope="col" className="px-4 py-2">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-border divide-y">
          {users.map((u) => (
            <tr key={u.id} className={u.active ? "" : "bg-surface-subtle text-muted"}>
              <td className="px-4 py-2">
                <p className="font-medium">{u.name}</p>
                <p className="text-muted text-xs">{u.email}</p>
              </td>
              <td className="px-4 py-2">{ROLE_LABELS[u.role]}</td>
              <td className="px-4 py-2">{u.active ? "Active" : "Deactivated"}</td>
              <td className="px-4 py-2 text-xs">{u.lastSignInAt ? <RelativeTime iso={u.lastSignInAt} /> : "Never"}</td>
              <td className="px-4 py-2 text-right">
                {u.id === currentUserId ? (
                  <span className="text-muted text-xs">You</span>
                ) : (
                  <Button
                    disabled={pending}
                    onClick={() => toggle(u)}
                    aria-label={`${u.active ? "Deactivate" : "Reactivate"} ${u.name}`}
                    size="sm"
                  >
                    {u.active ? "Deactivate" : "Reactivate"}
                  </Button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
