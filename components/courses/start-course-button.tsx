"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "~/lib/trpc/react";
import { errorMessage } from "~/lib/trpc/errors";
import { Button } from "~/components/ui/button";
import { useHydrated } from "~/components/courses/use-hydrated";

/** Starts the course (or a recertification retake) on the server, then opens its first lesson. */
export function StartCourseButton({ courseId, code, position, retake, label }: { courseId: string; code: string; position: number; retake: boolean; label: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const tc = useTranslations("common");
  const start = useMutation(trpc.courses.start.mutationOptions());
  const [error, setError] = useState<string | null>(null);
  const hydrated = useHydrated();
  async function onClick() {
    setError(null);
    try {
      await start.mutateAsync({ courseId, retake });
      router.push(`/learn/${encodeURIComponent(code)}/${position}`);
    } catch (e) {
      setError(errorMessage(e, tc("somethingWentWrong")));
    }
  }
  return (
    <div className="flex flex-col items-start gap-2 sm:items-end">
      <Button onClick={() => void onClick()} busy={start.isPending || start.isSuccess} disabled={!hydrated}>
        {label}
      </Button>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
