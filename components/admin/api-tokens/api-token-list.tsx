"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { toast } from "sonner";
import { revokeApiTokenAction } from "@/app/(console)/admin/tokens/actions";
import { EmptyState } from "@/components/ui/empty-state";
import { RelativeTime } from "@/components/ui/relative-time";

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
    <div className="overflow-hidden rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">API tokens</caption>
        <thead className="bg-slate-50 text-xs tracking-wide text-slate-500 uppercase">
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
        <tbody className="divide-y divide-slate-100">
          {tokens.map((t) => (
            <tr key={t.id} className={t.revokedAt ? "bg-slate-50 text-slate-500" : ""}>
              <td className="px-4 py-2 font-medium">{t.name}</td>
              <td className="px-4 py-2">
                <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs whitespace-nowrap text-slate-700">
                  {t.prefix}…
                </code>
              </td>
              <td className="px-4 py-2 text-xs whitespace-nowrap">
                <p>{t.createdBy}</p>
                <p className="text-slate-500">
                  <RelativeTime iso={t.createdAt} />
                </p>
              </td>
              <td className="px-4 py-2 text-xs whitespace-nowrap">
                {t.lastUsedAt ? <RelativeTime iso={t.lastUsedAt} /> : "Never"}
              </td>
              <td className="px-4 py-2 text-xs whitespace-nowrap">
                {t.revokedAt ? (
                  <>
                    <span className="inline-flex rounded bg-red-50 px-1.5 py-0.5 font-medium text-red-800">
                      Revoked
                    </span>
                    <p className="mt-0.5 text-slate-500">
                      <RelativeTime iso={t.revokedAt} />
                    </p>
                  </>
                ) : (
                  <span className="inline-flex rounded bg-emerald-50 px-1.5 py-0.5 font-medium text-emerald-800">
                    Active
                  </span>
                )}
              </td>
              <td className="px-4 py-2 text-right">
                {t.revokedAt ? null : (
                  <button
                    type="button"
                    onClick={() => setConfirming(t)}
                    aria-label={`Revoke ${t.name}`}
                    className="rounded-md border border-slate-300 px-2.5 py-1 text-xs font-medium text-slate-700 hover:border-red-300 hover:bg-red-50 hover:text-red-800"
                  >
                    Revoke
                  </button>
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
      className="m-auto w-full max-w-md rounded-lg border border-slate-200 bg-white p-5 shadow-xl backdrop:bg-slate-900/40"
    >
      <h2 id="revoke-heading" className="text-base font-semibold text-slate-900">
        Revoke “{token.name}”?
      </h2>
      <p className="mt-2 text-sm text-slate-600">
        Every call made with <code className="font-mono text-xs">{token.prefix}…</code> is refused from the next request
        on. This cannot be undone: the platform will need a new token.
      </p>
      <div className="mt-5 flex justify-end gap-2">
        <button
          type="button"
          onClick={() => dialog.current?.close()}
          className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100"
        >
          Cancel
        </button>
        <button
          type="button"
          disabled={pending}
          onClick={revoke}
          className="rounded-md bg-red-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-red-800 disabled:opacity-60"
        >
          {pending ? "Revoking…" : "Revoke token"}
        </button>
      </div>
    </dialog>
  );
}
