/**
 * The same contact written in the forms the detector stores ("@name",
 * "name", "t.me/name", "wa.me/1415…" for "+1415…"), so accounts that reuse
 * one Telegram handle or WhatsApp number are found whichever way each wrote
 * it. Returns every stored spelling worth looking up (all index-friendly
 * equality matches).
 */
export function contactVariants(value: string): string[] {
  const v = value.trim();
  const variants = new Set<string>([v]);
  const lower = v.toLowerCase();
  variants.add(lower);

  const phone = lower.match(/^\+(\d{6,15})$/);
  if (phone) {
    for (const scheme of ["http://", "https://", ""]) variants.add(`${scheme}wa.me/${phone[1]}`);
    return [...variants];
  }
  if (lower.includes("@") && !lower.startsWith("@")) return [...variants]; // an e-mail address

  const handle =
    lower.match(/^(?:https?:\/\/)?(?:www\.)?(?:t\.me|telegram\.me)\/([a-z0-9_]{3,64})\/?$/)?.[1] ??
    lower.match(/^@?([a-z0-9_][a-z0-9_.]{2,63})$/)?.[1];
  if (handle) {
    for (const form of [handle, `@${handle}`, `t.me/${handle}`, `http://t.me/${handle}`, `https://t.me/${handle}`])
      variants.add(form);
  }
  const wa = lower.match(/^(?:https?:\/\/)?wa\.me\/(\d{6,15})$/);
  if (wa) variants.add(`+${wa[1]}`);
  return [...variants];
}
