/**
 * What kind of contact a stored finding value is, and one spelling per
 * contact, so "@hr_desk_maria", "t.me/hr_desk_maria" and "hr_desk_maria"
 * count as one shared value on the account page. Pure (browser and server).
 */

export type ContactKind = "phone" | "email" | "handle" | "link";

export const CONTACT_KIND_LABELS: Record<ContactKind, string> = {
  phone: "Phone",
  email: "E-mail",
  handle: "Handle",
  link: "Link",
};

const TELEGRAM = /^(?:https?:\/\/)?(?:www\.)?(?:t\.me|telegram\.me)\/([a-z0-9_]{3,64})\/?$/;
const WHATSAPP = /^(?:https?:\/\/)?wa\.me\/(\d{6,15})$/;

/** One spelling per contact: "+<digits>" for phones, "@name" for messenger handles, lower case otherwise. */
export function canonicalContact(value: string): string {
  const v = value.trim().toLowerCase();
  const wa = v.match(WHATSAPP);
  if (wa) return `+${wa[1]}`;
  const tg = v.match(TELEGRAM);
  if (tg) return `@${tg[1]}`;
  if (/^\+\d{6,15}$/.test(v)) return v;
  if (/^[a-z0-9_][a-z0-9_.]{2,63}$/.test(v)) return `@${v}`;
  // A link's path is case-sensitive (document and form ids): keep it as written.
  if (/^https?:\/\//.test(v)) return value.trim();
  return v;
}

export function contactKind(value: string): ContactKind {
  const v = canonicalContact(value);
  if (/^\+\d+$/.test(v)) return "phone";
  if (/^https?:\/\//.test(v) || /^[a-z0-9-]+(\.[a-z0-9-]+)+\//.test(v)) return "link";
  if (v.includes("@") && !v.startsWith("@")) return "email";
  return "handle";
}

/**
 * Whether a stored finding value identifies someone (a phone, e-mail,
 * messenger handle or a link such as a Google Form), rather than naming an
 * app or payment provider ("Skype", "PayPal"), which thousands share.
 */
export function isIdentifyingValue(category: string, value: string | null): value is string {
  if (!value) return false;
  if (category === "CONTACT_SHARING") return true;
  return /^https?:\/\//i.test(value) || /^\+\d{6,15}$/.test(value);
}
