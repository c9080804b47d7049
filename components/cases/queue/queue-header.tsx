"use client";

import { Kbd } from "@/components/ui/kbd";
import { Button } from "@/components/ui/button";

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
        <h1 className="text-xl font-semibold text-fg">Queue</h1>
        <p className="mt-1 text-sm text-muted">
          Cases ranked by priority. Claim one to work on it: everyone else sees it taken within seconds.
        </p>
      </div>
      <div className="flex items-center gap-2">
        <Button onClick={onHelp}>
          Shortcuts <Kbd>?</Kbd>
        </Button>
        {canClaim ? (
          <Button onClick={onClaimNext} disabled={claiming} variant="primary">
            {claiming ? "Claiming…" : "Claim next"}
            <kbd className="rounded border border-accent-fg/50 px-1 font-mono text-[11px] font-medium text-accent-fg">
              n
            </kbd>
          </Button>
        ) : null}
      </div>
    </header>
  );
}
