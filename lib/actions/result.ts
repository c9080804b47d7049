import "server-only";
import { z } from "zod";
import { GENERIC_ERROR_MESSAGE, SafeError } from "@/lib/errors";

export type ActionResult<T = undefined> =
  | { ok: true; message: string; data: T }
  | { ok: false; error: string; fieldErrors?: Record<string, string> };

/**
 * Wraps a server action body so the client always gets a result it can show
 * as a toast: SafeError and validation messages pass through, anything else
 * is logged and replaced by a generic message.
 */
export async function runAction<T>(body: () => Promise<{ message: string; data: T }>): Promise<ActionResult<T>> {
  try {
    const { message, data } = await body();
    return { ok: true, message, data };
  } catch (error) {
    if (error instanceof SafeError) return { ok: false, error: error.message };
    if (error instanceof z.ZodError) {
      const fieldErrors: Record<string, string> = {};
      for (const issue of error.issues) fieldErrors[issue.path.join(".") || "form"] ??= issue.message;
      return { ok: false, error: "Some fields need attention.", fieldErrors };
    }
    // Next uses thrown errors for redirects and auth interrupts: let them through.
    if (error instanceof Error && "digest" in error) throw error;
    console.error("server action failed", error);
    return { ok: false, error: GENERIC_ERROR_MESSAGE };
  }
}
