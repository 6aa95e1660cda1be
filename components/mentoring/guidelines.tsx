/** The mentee guidelines lesson, rendered from its Markdown by lib/markdown (sanitised HTML). */
export function Guidelines({ title, html }: { title: string; html: string }) {
  return (
    <article aria-label={title} className="mentoring-prose mt-4 space-y-3 text-sm leading-6 text-slate-700 [&_h2]:mt-5 [&_h2]:text-base [&_h2]:font-semibold [&_h2]:text-slate-900 [&_li]:ml-5 [&_li]:list-disc [&_strong]:font-semibold">
      <div dangerouslySetInnerHTML={{ __html: html }} />
    </article>
  );
}
