"use client";

import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { cn } from "~/components/ui/cn";

type Tone = "success" | "error" | "info";
type Toast = { id: number; tone: Tone; message: string };
const ToastContext = createContext<(tone: Tone, message: string) => void>(() => undefined);

/** How long a toast stays when nobody points at it or focuses it; an error stays longer, to be read. */
const SHOWN_MS: Record<Tone, number> = { success: 6000, info: 6000, error: 10000 };
const MAX_SHOWN = 3;

/**
 * Short confirmations and errors. Screen readers hear them without losing their place: confirmations through a polite
 * status region present from the first render (a polite region added together with its text is often not read), an
 * error as an alert on its message (read as it appears). A toast never takes focus, can be dismissed, and waits while
 * pointed at or focused.
 *
 * Where they sit, so they do not cover what a person is about to press: on a phone just below the header, which stays
 * at the top (components/layout/app-shell.tsx), rather than over the bottom of the screen where the thumb and the
 * pinned action bars are (the mentor browser's); from `md` in the bottom-right corner, raised below `lg` above those
 * bars.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const push = useCallback((tone: Tone, message: string) => {
    const id = Date.now() + Math.random();
    setToasts((t) => [...t, { id, tone, message }].slice(-MAX_SHOWN));
  }, []);
  const dismiss = useCallback((id: number) => setToasts((t) => t.filter((x) => x.id !== id)), []);
  const list = (tones: Tone[]) =>
    toasts.filter((t) => tones.includes(t.tone)).map((t) => <ToastItem key={t.id} toast={t} onDismiss={dismiss} />);
  return (
    <ToastContext.Provider value={push}>
      {children}
      <div className="pointer-events-none fixed inset-x-0 top-16 z-50 flex flex-col px-4 md:inset-x-auto md:top-auto md:right-6 md:bottom-20 md:w-96 md:px-0 lg:bottom-6">
        <div className="flex flex-col">{list(["error"])}</div>
        <div role="status" aria-live="polite" className="flex flex-col">
          {list(["success", "info"])}
        </div>
      </div>
    </ToastContext.Provider>
  );
}

function ToastItem({ toast, onDismiss }: { toast: Toast; onDismiss: (id: number) => void }) {
  const t = useTranslations("nav");
  const [held, setHeld] = useState(false);
  const left = useRef(SHOWN_MS[toast.tone]);
  useEffect(() => {
    if (held) return;
    const started = Date.now();
    const timer = setTimeout(() => onDismiss(toast.id), left.current);
    return () => {
      clearTimeout(timer);
      left.current = Math.max(1500, left.current - (Date.now() - started));
    };
  }, [held, onDismiss, toast.id]);
  return (
    <div
      onPointerEnter={() => setHeld(true)}
      onPointerLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={() => setHeld(false)}
      className={cn(
        "pointer-events-auto mb-2 flex items-start gap-3 rounded-md py-2.5 pr-2 pl-4 text-sm font-medium shadow-lg",
        toast.tone === "success" && "bg-green-700 text-white",
        toast.tone === "error" && "bg-red-700 text-white",
        toast.tone === "info" && "bg-slate-800 text-white",
      )}
    >
      <p role={toast.tone === "error" ? "alert" : undefined} className="min-w-0 flex-1 py-0.5 break-words">
        {toast.message}
      </p>
      <button type="button" onClick={() => onDismiss(toast.id)} className="-my-0.5 shrink-0 rounded p-1 text-white/90 hover:bg-white/15 hover:text-white focus-visible:outline-white">
        <svg aria-hidden viewBox="0 0 20 20" className="size-4" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round">
          <path d="M5 5l10 10M15 5L5 15" />
        </svg>
        <span className="sr-only">{t("dismissToast")}</span>
      </button>
    </div>
  );
}

export function useToast() {
  return useContext(ToastContext);
}
