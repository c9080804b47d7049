"use client";

import { useEffect, useRef, useState } from "react";
import { revokeApiTokenAction } from "@/app/(console)/admin/tokens/actions";
import { EmptyState } from "@/components/ui/empty-state";
import { RelativeTime } from "@/components/ui/relative-time";
import { Button } from "@/components/ui/button";
import { ACTIONS_COLUMN, DataTable, TableCell, TableRow } from "@/components/ui/table";
import { useActionRunner } from "@/components/ui/use-action-runner";

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
    <>
      <DataTable caption="API tokens" columns={["Name", "Token", "Created", "Last used", "Status", ACTIONS_COLUMN]}>
        {tokens.map((t) => (
          <TableRow key={t.id} className={t.revokedAt ? "bg-surface-subtle text-muted" : ""}>
            <TableCell className="font-medium">{t.name}</TableCell>
            <TableCell>
              <code className="rounded bg-surface-strong px-1.5 py-0.5 font-mono text-xs whitespace-nowrap text-fg-soft">
                {t.prefix}…
              </code>
            </TableCell>
            <TableCell className="text-xs whitespace-nowrap">
              <p>{t.createdBy}</p>
              <p className="text-muted">
                <RelativeTime iso={t.createdAt} />
              </p>
            </TableCell>
            <TableCell className="text-xs whitespace-nowrap">
              {t.lastUsedAt ? <RelativeTime iso={t.lastUsedAt} /> : "Never"}
            </TableCell>
            <TableCell className="text-xs whitespace-nowrap">
              {t.revokedAt ? (
                <>
                  <span className="inline-flex rounded bg-danger-subtle px-1.5 py-0.5 font-medium text-danger-text">
                    Revoked
                  </span>
                  <p className="mt-0.5 text-muted">
                    <RelativeTime iso={t.revokedAt} />
                  </p>
                </>
              ) : (
                <span className="inline-flex rounded bg-success-subtle px-1.5 py-0.5 font-medium text-success-text">
                  Active
                </span>
              )}
            </TableCell>
            <TableCell className="text-right">
              {t.revokedAt ? null : (
                <Button onClick={() => setConfirming(t)} aria-label={`Revoke ${t.name}`} size="sm">
                  Revoke
                </Button>
              )}
            </TableCell>
          </TableRow>
        ))}
      </DataTable>
      {confirming ? <RevokeDialog token={confirming} onClose={() => setConfirming(null)} /> : null}
    </>
  );
}

function RevokeDialog({ token, onClose }: { token: TokenRow; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const { pending, run } = useActionRunner();

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  function revoke() {
    run(() => revokeApiTokenAction(token.id), { after: onClose });
  }

  return (
    <dialog
      ref={dialog}
      onClose={onClose}
      aria-labelledby="revoke-heading"
      className="m-auto w-full max-w-md rounded-lg border border-border bg-surface p-5 shadow-xl backdrop:bg-scrim/40"
    >
      <h2 id="revoke-heading" className="text-base font-semibold text-fg">
        Revoke “{token.name}”?
      </h2>
      <p className="mt-2 text-sm text-muted">
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
