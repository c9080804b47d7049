import type { Metadata } from "next";
import { TemplateForm } from "@/components/replies/template-form/template-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/session";
import { Breadcrumb } from "@/components/ui/breadcrumb";

export const metadata: Metadata = { title: "New reply template" };

export default async function NewTemplatePage() {
  await requirePageActor("template:manage");
  return (
    <>
      <Breadcrumb href="/templates" parent="Reply templates" here="new" />
      <PageHeader
        title="New reply template"
        description="Write it once in plain words; agents fill in the case and adjust it before sending."
      />
      <TemplateForm />
    </>
  );
}
