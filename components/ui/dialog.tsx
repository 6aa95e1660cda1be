"use client";

import { useEffect, useId, useRef, type FormEvent, type ReactNode } from "react";

/**
 * A modal on the native <dialog>: focus trapping, Esc to close and the backdrop come from the browser. With
 * `onSubmit` its body and footer are one <form>, so the footer's submit button submits the fields above it.
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
  const titleId = useId();
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (open && !el.open) el.showModal();
    if (!open && el.open) el.close();
  }, [open]);
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
