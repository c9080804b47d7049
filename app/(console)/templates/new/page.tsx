import type { Metadata } from "next";
import Link from "next/link";
import { TemplateForm } from "@/components/replies/template-form/template-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/lib/auth/session";

export const metadata: Metadata = { title: "New reply template" };

export default async function NewTemplatePage() {
  await requirePageActor("template:manage");
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-xs text-muted">
        <Link href="/templates" className="hover:underline">
          Reply templates
        </Link>{" "}
        / new
      </nav>
      <PageHeader
        title="New reply template"
        description="Write it once in plain words; agents fill in the case and adjust it before sending."
      />
      <TemplateForm />
    </>
  );
}
