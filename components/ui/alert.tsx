import { cva, type VariantProps } from "class-variance-authority";
import type { ComponentProps } from "react";
import { cn } from "./cn";

export const alertVariants = cva("rounded-md p-3 text-sm", {
  variants: {
    variant: {
      info: "bg-stone-100 text-stone-800",
      warning: "bg-amber-50 text-amber-900",
      danger: "bg-red-50 font-medium text-red-800",
      success: "bg-emerald-50 text-emerald-900",
    },
  },
  defaultVariants: { variant: "info" },
});

export type AlertProps = ComponentProps<"div"> & VariantProps<typeof alertVariants>;

/**
 * A message box in the flow of the page. Pass `role="alert"` for errors the user must notice now, `role="status"`
 * for news that can wait; without a role it is plain text.
 */
export function Alert({ className, variant, ...props }: AlertProps) {
  return <div data-slot="alert" className={cn(alertVariants({ variant }), className)} {...props} />;
}
