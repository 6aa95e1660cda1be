import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { unreadNotificationCount } from "~/server/notifications/notifications";

/**
 * The header's way to the notification list, with the number unread: what Pathway mailed a person, so that someone
 * whose mail does not arrive still sees it. The count is announced in the link's name ("Notifications, 3 unread").
 */
export async function NotificationBell({ staffId }: { staffId: string }) {
  const [t, count] = await Promise.all([getTranslations("notifications"), unreadNotificationCount(staffId)]);
  return (
    <Link
      href="/notifications"
      aria-label={t("bell", { count })}
      data-testid="notification-bell"
      className="relative inline-flex size-10 items-center justify-center rounded-md text-slate-600 hover:bg-slate-100 hover:text-slate-900"
    >
      <svg aria-hidden viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round" className="size-5">
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {count > 0 && (
        <span aria-hidden className="absolute -top-0.5 -right-0.5 min-w-5 rounded-full bg-red-600 px-1 text-center text-xs leading-5 font-semibold tabular-nums text-white">
          {count > 99 ? "99+" : count}
        </span>
      )}
    </Link>
  );
}
