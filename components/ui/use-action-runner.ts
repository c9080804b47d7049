"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "sonner";
import type { ActionResult } from "@/lib/http/action";

interface RunOptions {
  /** Refresh the page's server data afterwards, whatever the answer (default: yes). */
  refresh?: boolean;
  /** Offer "Undo" in the success toast. */
  undo?: () => void;
  /** After the answer, e.g. close a dialog. */
  after?: () => void;
}

/**
 * A server action started from a button: one transition (its `pending`
 * disables the buttons), the answer as a toast, then the page refreshed.
 */
export function useActionRunner() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  function run(call: () => Promise<ActionResult<unknown>>, options: RunOptions = {}) {
    startTransition(async () => {
      const result = await call();
      if (!result.ok) toast.error(result.error);
      else if (options.undo) toast.success(result.message, { action: { label: "Undo", onClick: options.undo } });
      else toast.success(result.message);
      if (options.refresh !== false) router.refresh();
      options.after?.();
    });
  }

  return { pending, run };
}
