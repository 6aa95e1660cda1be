import "server-only";
import { router, protectedProcedure } from "~/server/api/trpc";
import {
  AdminSessionsInput,
  CancelSessionInput,
  CloseWaitlistInput,
  CreateSessionInput,
  EnrolPeopleInput,
  EnrollmentIdInput,
  MarkAttendanceInput,
  OpenSessionsInput,
  SessionIdInput,
  UpdateSessionInput,
} from "~/lib/schemas/enrolment";
import { AppError, renderError } from "~/server/errors";
import { localeOr } from "~/lib/i18n/locales";
import {
  cancelSession,
  closeWaitlist,
  createSession,
  getSessionForEditing,
  getSessionForViewer,
  listAdminSessions,
  listMySessions,
  listOpenSessions,
  sessionCourseOptions,
  updateSession,
} from "~/server/enrolment/sessions";
import { enrolSelf, withdraw } from "~/server/enrolment/session-places";
import { enrolPeople, previewEnrolment } from "~/server/enrolment/people";
import { audienceOptions } from "~/server/enrolment/audience-options";
import { markAttendance, sessionRoster } from "~/server/enrolment/attendance";

/** Sessions of classroom, virtual and blended courses: learners enrol and withdraw; L&D schedules, enrols and cancels; trainers take attendance. */
export const sessionsRouter = router({
  open: protectedProcedure.input(OpenSessionsInput).query(({ ctx, input }) => listOpenSessions(ctx.actor, input, new Date(), localeOr(ctx.actor.locale))),
  mine: protectedProcedure.query(({ ctx }) => listMySessions(ctx.actor.id, new Date(), localeOr(ctx.actor.locale))),
  get: protectedProcedure.input(SessionIdInput).query(async ({ ctx, input }) => {
    const session = await getSessionForViewer(ctx.actor, input.sessionId, new Date(), localeOr(ctx.actor.locale));
    if (!session) throw new AppError("NOT_FOUND", "enrolment.sessionNotFound");
    return session;
  }),
  enrol: protectedProcedure.input(SessionIdInput).mutation(({ ctx, input }) => enrolSelf(ctx.actor, input.sessionId)),
  withdraw: protectedProcedure.input(EnrollmentIdInput).mutation(({ ctx, input }) => withdraw(ctx.actor, input.enrollmentId)),
  roster: protectedProcedure.input(SessionIdInput).query(({ ctx, input }) => sessionRoster(ctx.actor, input.sessionId, undefined, localeOr(ctx.actor.locale))),
  markAttendance: protectedProcedure.input(MarkAttendanceInput).mutation(({ ctx, input }) => markAttendance(ctx.actor, input)),
  adminList: protectedProcedure.input(AdminSessionsInput).query(({ ctx, input }) => listAdminSessions(input, new Date(), localeOr(ctx.actor.locale))),
  courseOptions: protectedProcedure.query(() => sessionCourseOptions()),
  audienceOptions: protectedProcedure.query(() => audienceOptions()),
  forEditing: protectedProcedure.input(SessionIdInput).query(async ({ input }) => {
    const form = await getSessionForEditing(input.sessionId);
    if (!form) throw new AppError("NOT_FOUND", "enrolment.sessionNotFound");
    return form;
  }),
  create: protectedProcedure.input(CreateSessionInput).mutation(({ ctx, input }) => createSession(ctx.actor, input)),
  update: protectedProcedure.input(UpdateSessionInput).mutation(({ ctx, input }) => updateSession(ctx.actor, input)),
  cancel: protectedProcedure.input(CancelSessionInput).mutation(({ ctx, input }) => cancelSession(ctx.actor, input)),
  closeWaitlist: protectedProcedure.input(CloseWaitlistInput).mutation(({ ctx, input }) => closeWaitlist(ctx.actor, input)),
  previewEnrolment: protectedProcedure.input(EnrolPeopleInput).mutation(({ ctx, input }) => previewEnrolment(input, undefined, localeOr(ctx.actor.locale))),
  enrolPeople: protectedProcedure.input(EnrolPeopleInput).mutation(async ({ ctx, input }) => {
    const result = await enrolPeople(ctx.actor, input);
    // Refusals come back as data; the admin reads them in their language.
    return { ...result, rejected: result.rejected.map((r) => ({ ...r, reason: renderError(ctx.actor.locale, r.reason.key, r.reason.params) })) };
  }),
});
