"use client";

import { Button } from "@/components/ui/button";

export default function ConsoleError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div role="alert" className="border-danger-line bg-danger-subtle rounded-lg border p-6">
      <h2 className="text-danger-text text-base font-semibold">This page could not be loaded</h2>
      <p className="text-danger-text mt-1 text-sm">
        The console or its database did not answer. Nothing you decided was lost. Try again; if it keeps failing, tell
        the console&apos;s admins.
      </p>
      <Button onClick={reset} variant="danger" className="mt-4">
        Try again
      </Button>
    </div>
  );
}
