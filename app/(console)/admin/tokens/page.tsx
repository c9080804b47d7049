import type { Metadata } from "next";
import { ApiTokenList } from "@/components/api-tokens/api-token-list";
import { CreateApiTokenForm } from "@/components/api-tokens/create-api-token-form";
import { PageHeader } from "@/components/ui/page-header";
import { listApiTokens } from "@/lib/api-tokens/service";
import { requirePageActor } from "@/lib/auth/session";

export const metadata: Metadata = { title: "API tokens" };

export default async function ApiTokensPage() {
  await requirePageActor("api-tokens:manage");
  const tokens = await listApiTokens();
  return (
    <>
      <PageHeader
        title="API tokens"
        description="Tokens the marketplace uses to call the console's Platform API (/api/v1): reports, messages and contract events in, case decisions and replies out."
      />
      <div className="grid items-start gap-6 lg:grid-cols-[1fr_22rem]">
        <ApiTokenList
          tokens={tokens.map((t) => ({
            id: t.id,
            name: t.name,
            prefix: t.prefix,
            createdBy: t.createdBy.name,
            createdAt: t.createdAt.toISOString(),
            lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
            revokedAt: t.revokedAt?.toISOString() ?? null,
          }))}
        />
        <CreateApiTokenForm />
      </div>
    </>
  );
}
