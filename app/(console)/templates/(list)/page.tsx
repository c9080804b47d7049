import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button";
import { TemplateList } from "@/components/replies/template-list";
import { VariableReference } from "@/components/replies/variable-reference";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePageActor } from "@/lib/auth/session";
import { listTemplates } from "@/lib/replies/templates";

export const metadata: Metadata = { title: "Reply templates" };

export default async function TemplatesPage() {
  const actor = await requirePageActor("template:read");
  const canManage = can(actor.role, "template:manage");
  const templates = await listTemplates({ includeArchived: canManage });
  const inUse = templates.filter((t) => !t.archivedAt).length;
  return (
    <>
      <PageHeader
        title="Reply templates"
        description={
          canManage
            ? "Canned replies support agents send to the people in a case. Agents see them suggested by the case's categories and the recipient."
            : "Canned replies support agents send to the people in a case. Only staff and admins can change them."
        }
        actions={
          canManage ? (
            <ButtonLink href="/templates/new" variant="primary" size="lg">
              New template
            </ButtonLink>
          ) : null
        }
      />
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        {inUse === 0 && templates.length === 0 ? (
          <EmptyState
            title="No templates yet"
            hint={
              canManage ? "Add the first one with New template." : "Staff can add templates; they will be listed here."
            }
          />
        ) : (
          <TemplateList
            canManage={canManage}
            templates={templates.map((t) => ({
              id: t.id,
              name: t.name,
              audience: t.audience,
              categories: t.categories,
              subject: t.subject,
              body: t.body,
              version: t.version,
              archivedAt: t.archivedAt?.toISOString() ?? null,
              updatedAt: t.updatedAt.toISOString(),
              createdBy: t.createdBy?.name ?? null,
            }))}
          />
        )}
        <VariableReference />
      </div>
    </>
  );
}
