"use client";

import { useRouter } from "next/navigation";
import { useTRPC } from "~/lib/trpc/react";
import { useAction } from "~/lib/forms/use-action";
import { Button } from "~/components/ui/button";
import { FormError } from "~/components/ui/form-error";

/** Starts the course (or a recertification retake) on the server, then opens its first lesson (`query`: e.g. "?lang=fr", the course language chosen). */
export function StartCourseButton({ courseId, code, position, retake, label, query = "" }: { courseId: string; code: string; position: number; retake: boolean; label: string; query?: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const start = useAction(trpc.courses.start.mutationOptions(), {
    errors: "inline",
    refresh: false,
    onSuccess: () => router.push(`/learn/${encodeURIComponent(code)}/${position}${query}`),
  });
  return (
    <div className="flex flex-col items-start gap-2 sm:items-end">
      <Button onClick={() => void start.run({ courseId, retake })} busy={start.pending || start.succeeded} disabled={!start.hydrated}>
        {label}
      </Button>
      <FormError message={start.error} />
    </div>
  );
}
