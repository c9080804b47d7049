/** Where an account's page is: by the console id when known, else by handle (the page accepts both). */
export function accountHref(account: { id?: string | null; handle: string }): string {
  return `/accounts/${encodeURIComponent(account.id ?? account.handle)}`;
}
