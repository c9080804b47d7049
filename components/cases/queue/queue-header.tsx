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
        <h1 className="text-fg text-xl font-semibold">Queue</h1>
        <p className="text-muted mt-1 text-sm">
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
            <kbd className="border-accent-fg/50 text-accent-fg rounded border px-1 font-mono text-[11px] font-medium">
              n
            </kbd>
          </Button>
        ) : null}
      </div>
    </header>
  );
}
