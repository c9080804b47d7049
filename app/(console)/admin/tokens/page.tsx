import type { Metadata } from "next";
import { ApiTokenList } from "@/components/admin/api-tokens/api-token-list";
import { CreateApiTokenForm } from "@/components/admin/api-tokens/create-api-token-form";
import { PageHeader } from "@/components/ui/page-header";
import { listApiTokens } from "@/lib/admin/api-tokens/service";
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
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
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
        <div className="space-y-4">
          <CreateApiTokenForm />
          <aside
            aria-labelledby="api-usage-heading"
            className="rounded-lg border border-border bg-surface p-4 text-xs text-muted"
          >
            <h2 id="api-usage-heading" className="text-sm font-semibold text-fg">
              Using a token
            </h2>
            <p className="mt-1">
              The platform sends it with every call, as the header{" "}
              <code className="font-mono text-fg">Authorization: Bearer tsc_…</code>
            </p>
            <p className="mt-1">A revoked token is refused from the next request on.</p>
            <p className="mt-2">
              Reference:{" "}
              <a href="/api/v1/openapi.json" className="font-medium text-accent-text underline underline-offset-2">
                OpenAPI document
              </a>
            </p>
          </aside>
        </div>
      </div>
    </>
  );
}
