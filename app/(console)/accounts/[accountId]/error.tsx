"use client";

import { PageError } from "@/components/ui/page-error";

export default function AccountError({ reset }: { error: Error; reset: () => void }) {
  return (
    <PageError
      title="This account could not be loaded"
      detail="The console or its database did not answer. Nothing was changed. Try again; if it keeps failing, tell the console's admins."
      reset={reset}
    />
  );
}
