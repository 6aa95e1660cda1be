import type { ReactNode } from "react";
import { cn } from "~/components/ui/cn";

export function Alert({ tone = "info", title, children }: { tone?: "info" | "danger" | "success" | "warning"; title?: ReactNode; children?: ReactNode }) {
  const styles = {
    info: "bg-brand-50 text-brand-900 ring-brand-200",
    danger: "bg-red-50 text-red-900 ring-red-200",
    success: "bg-green-50 text-green-900 ring-green-200",
    warning: "bg-amber-50 text-amber-900 ring-amber-200",
  }[tone];
  return (
    <div role={tone === "danger" ? "alert" : "status"} className={cn("rounded-md p-4 text-sm ring-1 ring-inset", styles)}>
      {title && <p className="font-semibold">{title}</p>}
      {children && <div className={title ? "mt-1" : undefined}>{children}</div>}
    </div>
  );
}
