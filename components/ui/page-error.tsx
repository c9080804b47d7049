"use client";

import { Button } from "@/components/ui/button";

/** A page's error state (its error.tsx): what failed, that nothing was lost, and a way to try again. */
export function PageError({ title, detail, reset }: { title: string; detail: string; reset: () => void }) {
  return (
    <div role="alert" className="rounded-lg border border-danger-line bg-danger-subtle p-6">
      <h2 className="text-base font-semibold text-danger-text">{title}</h2>
      <p className="mt-1 text-sm text-danger-text">{detail}</p>
      <Button onClick={reset} variant="danger" className="mt-4">
        Try again
      </Button>
    </div>
  );
}

/** An error.tsx's component: `export default pageError("This … could not be loaded", "…")`. */
export function pageError(title: string, detail: string) {
  return function RouteError({ reset }: { error: Error; reset: () => void }) {
    return <PageError title={title} detail={detail} reset={reset} />;
  };
}
