import Link from "next/link";
import type { ComponentProps, ReactNode } from "react";
import { cn } from "~/components/ui/cn";

/** A link in running text or a table cell, in the brand colour. */
export function TextLink({ className, ...props }: ComponentProps<typeof Link>) {
  return <Link className={cn("text-brand-700 hover:underline", className)} {...props} />;
}

/** The "← Back to …" link above a page's header, in a navigation landmark named by `label`. */
export function BackLink({ href, label, children }: { href: ComponentProps<typeof Link>["href"]; label: string; children: ReactNode }) {
  return (
    <nav aria-label={label} className="mb-2 text-sm">
      <TextLink href={href}>← {children}</TextLink>
    </nav>
  );
}
