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
    mark: "bg-cat-contact-mark text-cat-contact-mark-text decoration-cat-contact-decoration underline decoration-2 underline-offset-2",
    chip: "border-cat-contact-line bg-cat-contact-subtle text-cat-contact-text",
  },
  OFF_PLATFORM_COMMUNICATION: {
    label: CATEGORY_LABELS.OFF_PLATFORM_COMMUNICATION,
    tag: "Off-platform",
    Icon: ExternalLink,
    mark: "bg-cat-offplatform-mark text-cat-offplatform-mark-text decoration-cat-offplatform-decoration underline decoration-dashed decoration-2 underline-offset-2",
    chip: "border-cat-offplatform-line bg-cat-offplatform-subtle text-cat-offplatform-text",
  },
  OFF_PLATFORM_PAYMENT: {
    label: CATEGORY_LABELS.OFF_PLATFORM_PAYMENT,
    tag: "Payment",
    Icon: Banknote,
    mark: "bg-cat-payment-mark text-cat-payment-mark-text decoration-cat-payment-decoration underline decoration-double decoration-2 underline-offset-2",
    chip: "border-cat-payment-line bg-cat-payment-subtle text-cat-payment-text",
  },
  PERSONAL_DATA_REQUEST: {
    label: CATEGORY_LABELS.PERSONAL_DATA_REQUEST,
    tag: "Personal data",
    Icon: IdCard,
    mark: "bg-cat-personal-mark text-cat-personal-mark-text decoration-cat-personal-decoration underline decoration-wavy underline-offset-2",
    chip: "border-cat-personal-line bg-cat-personal-subtle text-cat-personal-text",
  },
};

export const ALLOWED_MARK =
  "bg-surface-strong text-muted decoration-muted underline decoration-dotted underline-offset-2";
