import "server-only";
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as en from "@zxcvbn-ts/language-en";
import { SafeError } from "@/lib/errors";

/**
 * The password policy for console accounts, applied wherever a password is set. Length alone lets
 * `password1234` through, so the password is also estimated by zxcvbn-ts against its bundled lists
 * of common and breached passwords, English words and names, keyboard patterns, dates and l33t
 * spellings (all in the package: nothing is looked up over the network), and by the account's own
 * e-mail and name. Score 3 of 4 is zxcvbn's "safely unguessable" against an offline attack on a
 * slow hash like ours.
 */
export const MIN_PASSWORD_LENGTH = 12;
export const MIN_PASSWORD_SCORE = 3;

let factory: ZxcvbnFactory | undefined;
function estimator(): ZxcvbnFactory {
  // Loading the dictionaries takes about half a second: only when a password is first set.
  factory ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
  });
  return factory;
}

/** Why `password` is refused for an account with these e-mail and name, or null when it is fine. */
export function passwordProblem(password: string, account: { email?: string; name?: string } = {}): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
  const inputs = [account.email, account.email?.split("@")[0], account.name, ...(account.name?.split(/\s+/) ?? [])];
  const result = estimator().check(
    password.slice(0, 100),
    inputs.filter((s): s is string => !!s && s.length > 2),
  );
  if (result.score >= MIN_PASSWORD_SCORE) return null;
  const warning = result.feedback.warning ? `${result.feedback.warning} ` : "";
  return `${warning}This password is too easy to guess: use a longer phrase of unrelated words.`;
}

/** Refuses a password against the policy, naming the field as the form and the API do. */
export function assertPasswordPolicy(password: string, account: { email?: string; name?: string }, field = "password") {
  const problem = passwordProblem(password, account);
  if (problem) throw new SafeError("INVALID", problem, { errors: [{ field, detail: problem }] });
}
