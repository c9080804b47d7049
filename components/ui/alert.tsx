import { cva, type VariantProps } from "class-variance-authority";
import { AlertTriangle, CheckCircle2, Info, XCircle, type LucideIcon } from "lucide-react";
import type { ComponentProps, ReactNode } from "react";
import { cn } from "@/lib/ui/cn";

const alertVariants = cva("flex gap-2 rounded-md border px-3 py-2 text-sm", {
  variants: {
    tone: {
      info: "border-border bg-surface-subtle text-fg-soft",
      warning: "border-warning-line bg-warning-subtle text-warning-text",
      danger: "border-danger-line bg-danger-subtle text-danger-text",
      success: "border-success-line bg-success-subtle text-success-text",
    },
  },
  defaultVariants: { tone: "info" },
});

const ICONS: Record<NonNullable<VariantProps<typeof alertVariants>["tone"]>, LucideIcon> = {
  info: Info,
  warning: AlertTriangle,
  danger: XCircle,
  success: CheckCircle2,
};

/** A message inside the page (not a toast): an icon, an optional title, the text. */
export function Alert({
  tone,
  title,
  className,
  children,
  ...props
}: Omit<ComponentProps<"div">, "title"> & VariantProps<typeof alertVariants> & { title?: ReactNode }) {
  const Icon = ICONS[tone ?? "info"];
  return (
    <div className={cn(alertVariants({ tone }), className)} {...props}>
      <Icon aria-hidden className="mt-0.5 size-4 shrink-0" />
      <div className="min-w-0">
        {title ? <p className="font-medium">{title}</p> : null}
        {children}
      </div>
    </div>
  );
}
