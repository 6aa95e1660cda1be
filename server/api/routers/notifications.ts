import "server-only";
import { router, protectedProcedure } from "~/server/api/trpc";
import { NotificationIdInput, NotificationListInput } from "~/lib/schemas/notifications";
import { listNotifications } from "~/server/notifications/list";
import { markAllNotificationsRead, markNotificationRead, unreadNotificationCount } from "~/server/notifications/notifications";

// Every procedure acts on the signed-in person's own list; markRead refuses anyone else's notification.
export const notificationsRouter = router({
  list: protectedProcedure.input(NotificationListInput).query(({ ctx, input }) => listNotifications(ctx.actor.id, ctx.actor.locale, { page: input.page })),
  unreadCount: protectedProcedure.query(({ ctx }) => unreadNotificationCount(ctx.actor.id)),
  markRead: protectedProcedure.input(NotificationIdInput).mutation(({ ctx, input }) => markNotificationRead(ctx.actor, input.id)),
  markAllRead: protectedProcedure.mutation(({ ctx }) => markAllNotificationsRead(ctx.actor)),
});
