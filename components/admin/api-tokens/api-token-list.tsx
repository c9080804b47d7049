"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { toast } from "sonner";
import { revokeApiTokenAction } from "@/app/(console)/admin/tokens/actions";
import { EmptyState } from "@/components/ui/empty-state";
import { RelativeTime } from "@/components/ui/relative-time";
import { Button } from "@/components/ui/button";

interface TokenRow {
  id: string;
  name: string;
  prefix: string;
  createdBy: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export function ApiTokenList({ tokens }: { tokens: TokenRow[] }) {
  const [confirming, setConfirming] = useState<TokenRow | null>(null);

  if (tokens.length === 0) {
    return <EmptyState title="No API tokens yet" hint="Create one for the marketplace platform with the form." />;
  }
  return (
    <div className="border-border bg-surface overflow-hidden rounded-lg border">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">API tokens</caption>
        <thead className="bg-surface-subtle text-muted text-xs tracking-wide uppercase">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">
              Name
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              Token
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              Created
            </th>
            <th scope="col" className="px-4 py-2 font-medium whitespace-nowrap">
              Last used
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              Status
            </th>
            <th scope="col" className="px-4 py-2">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-border divide-y">
          {tokens.map((t) => (
            <tr key={t.id} className={t.revokedAt ? "bg-surface-subtle text-muted" : ""}>
              <td className="px-4 py-2 font-medium">{t.name}</td>
              <td className="px-4 py-2">
                <code className="bg-surface-strong text-fg-soft rounded px-1.5 py-0.5 font-mono text-xs whitespace-nowrap">
                  {t.prefix}…
                </code>
              </td>
              <td className="px-4 py-2 text-xs whitespace-nowrap">
                <p>{t.createdBy}</p>
                <p className="text-muted">
                  <RelativeTime iso={t.createdAt} />
                </p>
              </td>
              <td className="px-4 py-2 text-xs whitespace-nowrap">
                {t.lastUsedAt ? <RelativeTime iso={t.lastUsedAt} /> : "Never"}
              </td>
              <td className="px-4 py-2 text-xs whitespace-nowrap">
                {t.revokedAt ? (
                  <>
                    <span className="bg-danger-subtle text-danger-text inline-flex rounded px-1.5 py-0.5 font-medium">
                      Revoked
                    </span>
                    <p className="text-muted mt-0.5">
                      <RelativeTime iso={t.revokedAt} />
                    </p>
                  </>
                ) : (
                  <span className="bg-success-subtle text-success-text inline-flex rounded px-1.5 py-0.5 font-medium">
                    Active
                  </span>
                )}
              </td>
              <td className="px-4 py-2 text-right">
                {t.revokedAt ? null : (
                  <Button onClick={() => setConfirming(t)} aria-label={`Revoke ${t.name}`} size="sm">
                    Revoke
                  </Button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {confirming ? <RevokeDialog token={confirming} onClose={() => setConfirming(null)} /> : null}
    </div>
  );
}

function RevokeDialog({ token, onClose }: { token: TokenRow; onClose: () => void }) {
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  function revoke() {
    startTransition(async () => {
      const result = await revokeApiTokenAction(token.id);
      if (result.ok) toast.success(result.message);
      else toast.error(result.error);
      router.refresh();
      onClose();
    });
  }

  return (
    <dialog
      ref={dialog}
      onClose={onClose}
      aria-labelledby="revoke-heading"
      className="border-border bg-surface m-auto w-full max-w-md rounded-lg border p-5 shadow-xl backdrop:bg-slate-900/40"
    >
      <h2 id="revoke-heading" className="text-fg text-base font-semibold">
        Revoke “{token.name}”?
      </h2>
      <p className="text-muted mt-2 text-sm">
        Every call made with <code className="font-mono text-xs">{token.prefix}…</code> is refused from the next request
        on. This cannot be undone: the platform will need a new token.
      </p>
      <div className="mt-5 flex justify-end gap-2">
        <Button onClick={() => dialog.current?.close()}>Cancel</Button>
        <Button disabled={pending} onClick={revoke} variant="danger">
          {pending ? "Revoking…" : "Revoke token"}
        </Button>
      </div>
    </dialog>
  );
}
