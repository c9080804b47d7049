import { AtSign, Banknote, ExternalLink, IdCard, type LucideIcon } from "lucide-react";
import { CATEGORY_LABELS } from "@/lib/cases/labels";
import type { FindingCategory } from "@/lib/generated/prisma/enums";

/**
 * One look per category: colour, underline style, icon and a short text tag,
 * so a highlight never depends on colour alone. The label is the one from
 * lib/cases/labels.ts.
 */
export const CATEGORY_STYLE: Record<
  FindingCategory,
  { label: string; tag: string; Icon: LucideIcon; mark: string; chip: string }
> = {
  CONTACT_SHARING: {
    label: CATEGORY_LABELS.CONTACT_SHARING,
    tag: "Contact",
    Icon: AtSign,
    mark: "bg-sky-100 text-sky-950 decoration-sky-700 underline decoration-2 underline-offset-2",
    chip: "border-cat-contact-line bg-cat-contact-subtle text-cat-contact-text",
  },
  OFF_PLATFORM_COMMUNICATION: {
    label: CATEGORY_LABELS.OFF_PLATFORM_COMMUNICATION,
    tag: "Off-platform",
    Icon: ExternalLink,
    mark: "bg-amber-100 text-amber-950 decoration-amber-700 underline decoration-dashed decoration-2 underline-offset-2",
    chip: "border-cat-offplatform-line bg-cat-offplatform-subtle text-cat-offplatform-text",
  },
  OFF_PLATFORM_PAYMENT: {
    label: CATEGORY_LABELS.OFF_PLATFORM_PAYMENT,
    tag: "Payment",
    Icon: Banknote,
    mark: "bg-rose-100 text-rose-950 decoration-rose-700 underline decoration-double decoration-2 underline-offset-2",
    chip: "border-cat-payment-line bg-cat-payment-subtle text-cat-payment-text",
  },
  PERSONAL_DATA_REQUEST: {
    label: CATEGORY_LABELS.PERSONAL_DATA_REQUEST,
    tag: "Personal data",
    Icon: IdCard,
    mark: "bg-violet-100 text-violet-950 decoration-violet-700 underline decoration-wavy underline-offset-2",
    chip: "border-cat-personal-line bg-cat-personal-subtle text-cat-personal-text",
  },
};

export const ALLOWED_MARK =
  "bg-surface-strong text-muted decoration-slate-400 underline decoration-dotted underline-offset-2";
