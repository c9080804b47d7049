"use client";

import { Button } from "@/components/ui/button";

export default function ConsoleError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div role="alert" className="rounded-lg border border-danger-line bg-danger-subtle p-6">
      <h2 className="text-base font-semibold text-danger-text">This page could not be loaded</h2>
      <p className="mt-1 text-sm text-danger-text">
        The console or its database did not answer. Nothing you decided was lost. Try again; if it keeps failing, tell
        the console&apos;s admins.
      </p>
      <Button onClick={reset} variant="danger" className="mt-4">
        Try again
      </Button>
    </div>
  );
}
