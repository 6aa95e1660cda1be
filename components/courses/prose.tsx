import { cn } from "~/components/ui/cn";

/**
 * Lesson text: HTML that lib/markdown.ts produced and sanitised on the server (never raw author input).
 * Styled here rather than with a typography plugin, for the handful of tags the sanitiser allows.
 */
export function Prose({ html, className }: { html: string; className?: string }) {
  return (
    <div
      className={cn(
        "max-w-prose text-[15px] leading-7 text-slate-800",
        "[&_h1]:mt-6 [&_h1]:text-xl [&_h1]:font-semibold [&_h2]:mt-6 [&_h2]:text-lg [&_h2]:font-semibold [&_h2]:text-slate-900 [&_h3]:mt-5 [&_h3]:font-semibold",
        "[&_p]:mt-3 [&_ul]:mt-3 [&_ul]:list-disc [&_ul]:pl-6 [&_ol]:mt-3 [&_ol]:list-decimal [&_ol]:pl-6 [&_li]:mt-1",
        "[&_a]:text-brand-700 [&_a]:underline [&_strong]:font-semibold [&_blockquote]:mt-3 [&_blockquote]:border-l-4 [&_blockquote]:border-slate-200 [&_blockquote]:pl-4",
        "[&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_table]:mt-3 [&_td]:border [&_td]:border-slate-200 [&_td]:px-2 [&_th]:border [&_th]:border-slate-200 [&_th]:px-2",
        "[&>*:first-child]:mt-0",
        className,
      )}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
