import { useId, type ReactNode, type TdHTMLAttributes, type ThHTMLAttributes } from "react";
import { cn } from "~/components/ui/cn";

/**
 * A scrollable, captioned table: the caption names it for screen readers. On a narrow screen the table scrolls inside
 * its frame, which keyboard users can focus and scroll; the frame is positioned so the visually hidden caption cannot
 * widen the page. The first column (who or what the row is about) stays in view while the rest scrolls, with an edge
 * once scrolled (`.table-sticky` in app/globals.css); `stickyFirstColumn={false}` for a table whose first column is
 * not that.
 */
export function Table({
  caption,
  children,
  captionHidden = true,
  stickyFirstColumn = true,
}: {
  caption: ReactNode;
  children: ReactNode;
  captionHidden?: boolean;
  stickyFirstColumn?: boolean;
}) {
  const captionId = useId();
  return (
    <div role="group" aria-labelledby={captionId} tabIndex={0} className="table-scroller relative overflow-x-auto overscroll-x-contain rounded-lg ring-1 ring-slate-200">
      <table className={cn("min-w-full divide-y divide-slate-200 bg-white text-sm", stickyFirstColumn && "table-sticky")}>
        <caption id={captionId} className={captionHidden ? "sr-only" : "px-4 py-2 text-left font-medium"}>
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}

export function Th({ className, numeric, ...props }: ThHTMLAttributes<HTMLTableCellElement> & { numeric?: boolean }) {
  return <th scope="col" className={cn("bg-slate-50 px-3 py-2.5 text-left sm:px-4 font-semibold text-slate-700", numeric && "text-right", className)} {...props} />;
}

export function Td({ className, numeric, ...props }: TdHTMLAttributes<HTMLTableCellElement> & { numeric?: boolean }) {
  return <td className={cn("px-3 py-2.5 text-slate-800 sm:px-4", numeric && "text-right tabular-nums", className)} {...props} />;
}

export function TBody({ children }: { children: ReactNode }) {
  return <tbody className="divide-y divide-slate-100">{children}</tbody>;
}
