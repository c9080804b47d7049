import type { Metadata } from "next";
import { ConsoleUserList } from "@/components/admin/console-users/console-user-list";
import { CreateConsoleUserForm } from "@/components/admin/console-users/create-console-user-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/session";
import { listConsoleUsers } from "@/lib/admin/console-users/service";

export const metadata: Metadata = { title: "Console users" };

export default async function ConsoleUsersPage() {
  const actor = await requirePageActor("users:manage");
  const users = await listConsoleUsers();
  return (
    <>
      <PageHeader title="Console users" description="Who can sign in to the console, and with which role." />
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <ConsoleUserList
          currentUserId={actor.id}
          users={users.map((u) => ({
            ...u,
            lastSignInAt: u.lastSignInAt?.toISOString() ?? null,
            createdAt: u.createdAt.toISOString(),
          }))}
        />
        <CreateConsoleUserForm />
      </div>
    </>
  );
}
