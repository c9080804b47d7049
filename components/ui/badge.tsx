import { cva, type VariantProps } from "class-variance-authority";
import {
  AlertOctagon,
  AlertTriangle,
  CheckCircle2,
  CircleDot,
  Clock,
  ShieldAlert,
  XCircle,
  type LucideIcon,
} from "lucide-react";
import type { ComponentProps } from "react";
import { CATEGORY_STYLE } from "@/components/cases/view/category-style";
import { CATEGORY_LABELS, SEVERITY_LABELS, STATUS_LABELS } from "@/lib/cases/labels";
import type { CaseStatus, FindingCategory, Severity } from "@/lib/generated/prisma/enums";
import { cn } from "@/lib/ui/cn";

/**
 * A small labelled tag. The text always carries the meaning; the tone and
 * the icon only help the eye (colour is never the only signal).
 */
export const badgeVariants = cva(
  "inline-flex max-w-full items-center gap-1 rounded border px-1.5 py-0.5 text-xs leading-4 font-medium whitespace-nowrap",
  {
    variants: {
      tone: {
        neutral: "border-border bg-surface-strong text-fg-soft",
        accent: "border-accent-subtle bg-accent-subtle text-accent-text",
        danger: "border-danger-line bg-danger-subtle text-danger-text",
        warning: "border-warning-line bg-warning-subtle text-warning-text",
        success: "border-success-line bg-success-subtle text-success-text",
        contact: "border-cat-contact-line bg-cat-contact-subtle text-cat-contact-text",
        offplatform: "border-cat-offplatform-line bg-cat-offplatform-subtle text-cat-offplatform-text",
        payment: "border-cat-payment-line bg-cat-payment-subtle text-cat-payment-text",
        personal: "border-cat-personal-line bg-cat-personal-subtle text-cat-personal-text",
      },
    },
    defaultVariants: { tone: "neutral" },
  },
);

export type BadgeTone = NonNullable<VariantProps<typeof badgeVariants>["tone"]>;

export interface BadgeProps extends ComponentProps<"span">, VariantProps<typeof badgeVariants> {
  icon?: LucideIcon;
}

export function Badge({ tone, icon: Icon, className, children, ...props }: BadgeProps) {
  return (
    <span className={cn(badgeVariants({ tone }), className)} {...props}>
      {Icon ? <Icon aria-hidden className="size-3 shrink-0" /> : null}
      {children}
    </span>
  );
}

const CATEGORY_TONE: Record<FindingCategory, BadgeTone> = {
  CONTACT_SHARING: "contact",
  OFF_PLATFORM_COMMUNICATION: "offplatform",
  OFF_PLATFORM_PAYMENT: "payment",
  PERSONAL_DATA_REQUEST: "personal",
};

export function CategoryBadge({ category, className }: { category: FindingCategory; className?: string }) {
  return (
    <Badge tone={CATEGORY_TONE[category]} icon={CATEGORY_STYLE[category].Icon} className={className}>
      {CATEGORY_LABELS[category]}
    </Badge>
  );
}

const STATUS_LOOK: Record<CaseStatus, { tone: BadgeTone; icon: LucideIcon }> = {
  OPEN: { tone: "accent", icon: CircleDot },
  IN_REVIEW: { tone: "neutral", icon: Clock },
  ESCALATED: { tone: "warning", icon: ShieldAlert },
  RESOLVED: { tone: "success", icon: CheckCircle2 },
  DISMISSED: { tone: "neutral", icon: XCircle },
};

export function StatusBadge({ status, className }: { status: CaseStatus; className?: string }) {
  return <LookBadge look={STATUS_LOOK[status]} label={STATUS_LABELS[status]} className={className} />;
}

const SEVERITY_LOOK: Record<Severity, { tone: BadgeTone; icon?: LucideIcon }> = {
  LOW: { tone: "neutral" },
  MEDIUM: { tone: "warning" },
  HIGH: { tone: "danger", icon: AlertTriangle },
  CRITICAL: { tone: "danger", icon: AlertOctagon },
};

export function SeverityBadge({ severity, className }: { severity: Severity; className?: string }) {
  return <LookBadge look={SEVERITY_LOOK[severity]} label={SEVERITY_LABELS[severity]} className={className} />;
}

/** An enum value's badge: its look (tone and icon) from the table beside it, its label from lib/cases/labels.ts. */
function LookBadge({
  look,
  label,
  className,
}: {
  look: { tone: BadgeTone; icon?: LucideIcon };
  label: string;
  className?: string;
}) {
  return (
    <Badge tone={look.tone} icon={look.icon} className={className}>
      {label}
    </Badge>
  );
}
