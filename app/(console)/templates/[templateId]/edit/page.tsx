import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TemplateForm } from "@/components/replies/template-form/template-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/session";
import { findTemplate } from "@/lib/replies/templates";
import { Breadcrumb } from "@/components/ui/breadcrumb";

export const metadata: Metadata = { title: "Edit reply template" };

export default async function EditTemplatePage({ params }: { params: Promise<{ templateId: string }> }) {
  await requirePageActor("template:manage");
  const { templateId } = await params;
  const template = await findTemplate(templateId);
  if (!template) notFound();
  return (
    <>
      <Breadcrumb href="/templates" parent="Reply templates" here="edit" />
      <PageHeader
        title={`Edit “${template.name}”`}
        description={
          template.archivedAt
            ? "This template is archived: agents do not see it until it is restored."
            : `Version ${template.version}. Replies already sent keep the text they were sent with.`
        }
      />
      <TemplateForm
        existing={{
          id: template.id,
          version: template.version,
          name: template.name,
          audience: template.audience,
          categories: template.categories,
          subject: template.subject,
          body: template.body,
        }}
      />
    </>
  );
}
