"use client";

import { Kbd } from "@/components/ui/kbd";

export function QueueHeader({
  canClaim,
  claiming,
  onClaimNext,
  onHelp,
}: {
  canClaim: boolean;
  claiming: boolean;
  onClaimNext: () => void;
  onHelp: () => void;
}) {
  return (
    <header className="mb-4 flex flex-wrap items-start justify-between gap-4">
      <div>
        <h1 className="text-xl font-semibold text-slate-900">Queue</h1>
        <p className="mt-1 text-sm text-slate-600">
          Cases ranked by priority. Claim one to work on it: everyone else sees it taken within seconds.
        </p>
      </div>
      <div className="flex items-center gap-2">
        <button
          type="button"
          onClick={onHelp}
          className="inline-flex items-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50"
        >
          Shortcuts <Kbd>?</Kbd>
        </button>
        {canClaim ? (
          <button
            type="button"
            onClick={onClaimNext}
            disabled={claiming}
            className="inline-flex items-center gap-2 rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-semibold text-white shadow-sm hover:bg-indigo-700 disabled:opacity-60"
          >
            {claiming ? "Claiming…" : "Claim next"}
            <kbd className="rounded border border-indigo-400 px-1 font-mono text-[11px] font-medium text-indigo-100">
              n
            </kbd>
          </button>
        ) : null}
      </div>
    </header>
  );
}
