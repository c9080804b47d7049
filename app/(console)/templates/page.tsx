import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/session";
import { prisma } from "@/lib/db/prisma";

export const metadata: Metadata = { title: "Reply templates" };

export default async function TemplatesPage() {
  await requirePageActor("template:read");
  const templates = await prisma.replyTemplate.findMany({
    where: { archivedAt: null },
    orderBy: { name: "asc" },
    select: { id: true, name: true, audience: true, subject: true },
  });
  return (
    <>
      <PageHeader title="Reply templates" description="Canned replies support agents send to the people involved in a case." />
      {templates.length === 0 ? (
        <EmptyState title="No templates yet" hint="Staff can add templates; they will be listed here." />
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
          {templates.map((t) => (
            <li key={t.id} className="px-4 py-3">
              <p className="text-sm font-medium text-slate-900">{t.name}</p>
              <p className="text-xs text-slate-600">
                To {t.audience.toLowerCase()} · {t.subject}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
