import { AtSign, Banknote, ExternalLink, IdCard, type LucideIcon } from "lucide-react";
import type { FindingCategory } from "@/lib/generated/prisma/enums";

/**
 * One look per category: colour, underline style, icon and a short text tag,
 * so a highlight never depends on colour alone.
 */
export const CATEGORY_STYLE: Record<
  FindingCategory,
  { label: string; tag: string; Icon: LucideIcon; mark: string; chip: string }
> = {
  CONTACT_SHARING: {
    label: "Contact sharing",
    tag: "Contact",
    Icon: AtSign,
    mark: "bg-sky-100 text-sky-950 decoration-sky-700 underline decoration-2 underline-offset-2",
    chip: "border-sky-300 bg-sky-50 text-sky-900",
  },
  OFF_PLATFORM_COMMUNICATION: {
    label: "Off-platform communication",
    tag: "Off-platform",
    Icon: ExternalLink,
    mark: "bg-amber-100 text-amber-950 decoration-amber-700 underline decoration-dashed decoration-2 underline-offset-2",
    chip: "border-amber-300 bg-amber-50 text-amber-900",
  },
  OFF_PLATFORM_PAYMENT: {
    label: "Off-platform payment",
    tag: "Payment",
    Icon: Banknote,
    mark: "bg-rose-100 text-rose-950 decoration-rose-700 underline decoration-double decoration-2 underline-offset-2",
    chip: "border-rose-300 bg-rose-50 text-rose-900",
  },
  PERSONAL_DATA_REQUEST: {
    label: "Personal data request",
    tag: "Personal data",
    Icon: IdCard,
    mark: "bg-violet-100 text-violet-950 decoration-violet-700 underline decoration-wavy underline-offset-2",
    chip: "border-violet-300 bg-violet-50 text-violet-900",
  },
};

export const ALLOWED_MARK =
  "bg-slate-100 text-slate-600 decoration-slate-400 underline decoration-dotted underline-offset-2";
