import { cn } from "~/components/ui/cn";

/** A form's own error (not any one field's), announced as it appears. */
export function FormError({ message, className }: { message?: string | null; className?: string }) {
  if (!message) return null;
  return (
    <p role="alert" className={cn("text-sm font-medium text-red-700", className)}>
      {message}
    </p>
  );
}
