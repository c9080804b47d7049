import "server-only";
import { z } from "@/lib/zod";
import { fieldErrorAt, zodFieldErrors } from "@/lib/http/problem";
import { unstorableTextIn } from "@/lib/unicode";
import type { Permission } from "@/lib/auth/permissions";
import { requireActor, type ConsoleActor } from "@/lib/auth/session";
import { GENERIC_ERROR_MESSAGE, SafeError, type PublicErrorCode } from "@/lib/errors";

/**
 * What every server action answers: the client shows `message` or `error` as
 * a toast and switches on `code` (a lib/errors.ts code such as
 * "STALE_VERSION", "HELD_BY_OTHER", "FORBIDDEN", "INVALID"), never on the
 * text. `fieldErrors` maps each bad field (named as in the API's problem
 * `errors`, e.g. "name" or "scopes[0]") to its message.
 */
export type ActionResult<T = undefined> =
  | { ok: true; message: string; data: T }
  | { ok: false; error: string; code: PublicErrorCode; fieldErrors?: Record<string, string> };

export interface ActionOptions<S extends z.ZodType, A extends unknown[]> {
  /** The permission the signed-in user needs (role read from the database). */
  permission: Permission;
  /** The schema the input is checked against at the boundary, before the body runs. */
  input: S;
  /**
   * How the action's arguments become the input, for actions called with
   * several arguments (e.g. `(caseId, body) => ({ caseId, body })`).
   * Without it the action takes the input object itself.
   */
  from?: (...args: A) => z.input<S>;
}

/**
 * The one way to define a server action (the counterpart of defineRoute for
 * routes): the signed-in actor is read from the database and must hold
 * `permission`, the input is checked against `input`, and whatever happens
 * the client gets an ActionResult: SafeError and validation messages pass
 * through with their code, anything else is logged and answered generically.
 *
 *   export const addNoteAction = defineAction(
 *     { permission: "note:write", input: noteSchema, from: (caseId: string, body: string) => ({ caseId, body }) },
 *     async ({ actor, input }) => ({ message: "Note added.", data: undefined }),
 *   );
 */
export function defineAction<S extends z.ZodType, T, A extends unknown[] = [z.input<S>]>(
  options: ActionOptions<S, A>,
  body: (ctx: { actor: ConsoleActor; input: z.output<S> }) => Promise<{ message: string; data: T }>,
): (...args: A) => Promise<ActionResult<T>> {
  return async (...args: A) => {
    try {
      const actor = await requireActor(options.permission);
      const raw = options.from ? options.from(...args) : args[0];
      // NUL and lone surrogates reach no column: refused naming the field, as routes do.
      const unstorable = unstorableTextIn(raw);
      if (unstorable.length) {
        throw new SafeError("INVALID", "Some fields hold text that cannot be stored.", {
          errors: unstorable.map(({ path, detail }) => fieldErrorAt(path, detail)),
        });
      }
      const input = options.input.parse(raw) as z.output<S>;
      const { message, data } = await body({ actor, input });
      return { ok: true, message, data };
    } catch (error) {
      // Next uses thrown errors for redirects and auth interrupts: let them through.
      if (error instanceof Error && "digest" in error && !(error instanceof SafeError)) throw error;
      return actionFailure(error);
    }
  };
}

/** Any error as the failure an action answers with. */
export function actionFailure(error: unknown): Extract<ActionResult<never>, { ok: false }> {
  if (error instanceof SafeError) {
    const fields = Array.isArray(error.details?.errors)
      ? (error.details.errors as { field: string; detail: string }[])
      : null;
    return {
      ok: false,
      error: error.message,
      code: error.publicCode,
      ...(fields ? { fieldErrors: fieldMap(fields) } : {}),
    };
  }
  if (error instanceof z.ZodError) {
    return {
      ok: false,
      error: "Some fields need attention.",
      code: "INVALID",
      fieldErrors: fieldMap(zodFieldErrors(error)),
    };
  }
  console.error("server action failed", error);
  return { ok: false, error: GENERIC_ERROR_MESSAGE, code: "INTERNAL" };
}

function fieldMap(errors: { field: string; detail: string }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of errors) out[e.field] ??= e.detail;
  return out;
}
