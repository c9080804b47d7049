import { cva, type VariantProps } from "class-variance-authority";
import { Loader2 } from "lucide-react";
import Link from "next/link";
import type { ComponentProps } from "react";
import { cn } from "@/lib/ui/cn";

/**
 * The one button look. `primary` for the main action of a view, `secondary`
 * for the rest, `danger` for what cannot be taken back lightly, `ghost` for
 * quiet toolbar actions, `soft` for a second, tinted action beside a form,
 * `link` for actions that read as text.
 */
export const buttonVariants = cva(
  "inline-flex shrink-0 items-center justify-center gap-1.5 rounded-md font-medium whitespace-nowrap transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-focus disabled:cursor-not-allowed disabled:opacity-60 aria-disabled:cursor-not-allowed aria-disabled:opacity-60",
  {
    variants: {
      variant: {
        primary: "bg-accent font-semibold text-accent-fg shadow-sm hover:bg-accent-hover",
        secondary:
          "border border-border-strong bg-surface text-fg-soft shadow-sm hover:bg-surface-strong hover:text-fg",
        danger: "bg-danger font-semibold text-accent-fg shadow-sm hover:bg-danger-hover",
        ghost: "text-fg-soft hover:bg-surface-strong hover:text-fg",
        soft: "border border-accent-line bg-accent-subtle font-semibold text-accent-text hover:border-accent",
        link: "rounded-sm px-0 text-accent-text underline-offset-2 hover:underline",
      },
      size: {
        xs: "h-6 px-1.5 text-[11px]",
        sm: "h-7 px-2.5 text-xs",
        md: "h-8 px-3 text-sm",
        lg: "h-10 px-4 text-sm",
        icon: "size-8 p-0",
      },
    },
    compoundVariants: [{ variant: "link", class: "h-auto px-0" }],
    defaultVariants: { variant: "secondary", size: "md" },
  },
);

export type ButtonVariants = VariantProps<typeof buttonVariants>;

export interface ButtonProps extends ComponentProps<"button">, ButtonVariants {
  /** Shows a spinner, keeps the button's width and blocks a second click. */
  loading?: boolean;
}

export function Button({
  variant,
  size,
  loading = false,
  disabled,
  className,
  children,
  type = "button",
  ...props
}: ButtonProps) {
  return (
    <button
      type={type}
      disabled={disabled || loading}
      aria-busy={loading || undefined}
      className={cn(buttonVariants({ variant, size }), className)}
      {...props}
    >
      {loading ? <Loader2 aria-hidden className="size-3.5 animate-spin" /> : null}
      {children}
    </button>
  );
}

/** A link that looks like a button (navigation, not an action). */
export function ButtonLink({ variant, size, className, ...props }: ComponentProps<typeof Link> & ButtonVariants) {
  return <Link className={cn(buttonVariants({ variant, size }), className)} {...props} />;
}
