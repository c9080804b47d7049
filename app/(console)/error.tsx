"use client";

import { PageError } from "@/components/ui/page-error";

export default function ConsoleError({ reset }: { error: Error; reset: () => void }) {
  return (
    <PageError
      title="This page could not be loaded"
      detail="The console or its database did not answer. Nothing you decided was lost. Try again; if it keeps failing, tell the console's admins."
      reset={reset}
    />
  );
}
