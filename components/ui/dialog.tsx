"use client";

import { useEffect, useId, useRef, type FormEvent, type KeyboardEvent, type ReactNode } from "react";

const TABBABLE = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';

/** The dialog's Tab stops in order: enabled, rendered, not taken out of the Tab order. */
function tabStops(dialog: HTMLElement): HTMLElement[] {
  return [...dialog.querySelectorAll<HTMLElement>(TABBABLE)].filter(
    (el) => el.tabIndex >= 0 && !el.matches(":disabled") && !(el instanceof HTMLInputElement && el.type === "hidden") && el.getClientRects().length > 0,
  );
}

/**
 * A modal on the native <dialog>: the rest of the page inert, Esc to close and the backdrop come from the browser.
 * Tab and Shift+Tab wrap around inside it (the browser would let the focus leave the page after the last control),
 * and closing it gives the focus back to what had it before (the button that opened it) when nothing else took it.
 * With `onSubmit` its body and footer are one <form>, so the footer's submit button submits the fields above it.
 */
export function Dialog({
  open,
  onClose,
  title,
  children,
  footer,
  onSubmit,
}: {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
  onSubmit?: (event: FormEvent<HTMLFormElement>) => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const titleId = useId();
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (open && !el.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      el.showModal();
    }
    if (!open && el.open) el.close();
    if (!open && opener.current) {
      const back = opener.current;
      opener.current = null;
      const now = document.activeElement;
      if (back.isConnected && (!now || now === document.body || el.contains(now))) back.focus();
    }
  }, [open]);

  function onKeyDown(event: KeyboardEvent<HTMLDialogElement>) {
    if (event.key !== "Tab") return;
    const stops = tabStops(event.currentTarget);
    if (stops.length === 0) return;
    const first = stops[0]!;
    const last = stops[stops.length - 1]!;
    const now = document.activeElement;
    if (event.shiftKey && (now === first || now === event.currentTarget)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && now === last) {
      event.preventDefault();
      first.focus();
    }
  }
  const content = (
    <>
      <div className="p-6">
        <h2 id={titleId} className="text-lg font-semibold text-slate-900">
          {title}
        </h2>
        <div className="mt-4 space-y-4">{children}</div>
      </div>
      {footer && <div className="flex justify-end gap-2 border-t border-slate-100 bg-slate-50 px-6 py-3">{footer}</div>}
    </>
  );
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={onClose}
      onKeyDown={onKeyDown}
      className="m-auto w-full max-w-lg rounded-lg bg-white p-0 shadow-xl backdrop:bg-slate-900/40"
    >
      {/* Closed, it holds nothing: its fields are not in the page's form or accessibility tree twice. */}
      {open &&
        (onSubmit ? (
          <form noValidate onSubmit={onSubmit}>
            {content}
          </form>
        ) : (
          content
        ))}
    </dialog>
  );
}
