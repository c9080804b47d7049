"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "sonner";
import { setConsoleUserActiveAction, signOutEverywhereAction } from "@/app/(console)/admin/users/actions";
import { RelativeTime } from "@/components/ui/relative-time";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import type { ConsoleRole } from "@/lib/generated/prisma/enums";

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
    <div className="overflow-hidden rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Console users</caption>
        <thead className="bg-slate-50 text-xs tracking-wide text-slate-500 uppercase">
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
        <tbody className="divide-y divide-slate-100">
          {users.map((u) => (
            <tr key={u.id} className={u.active ? "" : "bg-slate-50 text-slate-500"}>
              <td className="px-4 py-2">
                <p className="font-medium">{u.name}</p>
                <p className="text-xs text-slate-500">{u.email}</p>
              </td>
              <td className="px-4 py-2">{ROLE_LABELS[u.role]}</td>
              <td className="px-4 py-2">{u.active ? "Active" : "Deactivated"}</td>
              <td className="px-4 py-2 text-xs">{u.lastSignInAt ? <RelativeTime iso={u.lastSignInAt} /> : "Never"}</td>
              <td className="px-4 py-2 text-right">
                {u.id === currentUserId ? (
                  <span className="text-xs text-slate-500">You</span>
                ) : (
                  <span className="inline-flex gap-2">
                    {u.active && (
                      <button
                        type="button"
                        disabled={pending}
                        onClick={() => signOut(u)}
                        aria-label={`Sign ${u.name} out everywhere`}
                        className="rounded-md border border-slate-300 px-2.5 py-1 text-xs font-medium text-slate-700 hover:bg-slate-100 disabled:opacity-50"
                      >
                        Sign out everywhere
                      </button>
                    )}
                    <button
                      type="button"
                      disabled={pending}
                      onClick={() => toggle(u)}
                      aria-label={`${u.active ? "Deactivate" : "Reactivate"} ${u.name}`}
                      className="rounded-md border border-slate-300 px-2.5 py-1 text-xs font-medium text-slate-700 hover:bg-slate-100 disabled:opacity-50"
                    >
                      {u.active ? "Deactivate" : "Reactivate"}
                    </button>
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
