import { getTranslations } from "next-intl/server";
import { Card, CardTitle } from "~/components/ui/card";
import { Badge } from "~/components/ui/badge";
import { TextLink } from "~/components/ui/link";
import type { AdminWork } from "~/server/home/admin";

/** L&D's "today's work": each kind of pending task as a count linking to the page that deals with it. */
export async function AdminWorkCard({ work }: { work: AdminWork }) {
  const t = await getTranslations("home.admin");
  const items = [
    { key: "attendance", count: work.attendance, text: t("attendance", { count: work.attendance }), href: "/admin/sessions?view=past" },
    { key: "imports", count: work.importsInPreview, text: t("imports", { count: work.importsInPreview }), href: "/admin/imports" },
    {
      key: "escalations",
      count: work.escalations,
      text: t("escalations", { count: work.escalations, days: work.escalateAfterDays }),
      href: `/admin/compliance/people?state=OVERDUE&min=${work.escalateAfterDays}`,
    },
    { key: "mail", count: work.failedMail, text: t("failedMail", { count: work.failedMail }), href: "/admin/outbox?status=FAILED" },
    { key: "rounds", count: work.roundsOpen, text: t("rounds", { count: work.roundsOpen }), href: "/admin/mentoring/rounds" },
  ];
  const anything = items.some((i) => i.count > 0);
  return (
    <Card aria-labelledby="admin-work-title">
      <CardTitle id="admin-work-title">{t("title")}</CardTitle>
      <p className="-mt-2 mb-3 text-sm text-slate-600">{anything ? t("description") : t("allClear")}</p>
      <ul className="divide-y divide-slate-100 text-sm" data-testid="todays-work">
        {items.map((i) => (
          <li key={i.key} className="flex items-center justify-between gap-4 py-2">
            {i.count > 0 ? (
              <TextLink href={i.href} className="font-medium">
                {i.text}
              </TextLink>
            ) : (
              <span className="text-slate-600">{i.text}</span>
            )}
            <Badge tone={i.count > 0 ? (i.key === "escalations" || i.key === "mail" ? "danger" : "warning") : "success"}>{i.count}</Badge>
          </li>
        ))}
      </ul>
    </Card>
  );
}
