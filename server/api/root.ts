import "server-only";
import { router, createCallerFactory } from "~/server/api/trpc";
import { healthRouter } from "~/server/api/routers/health";
import { meRouter } from "~/server/api/routers/me";
import { peopleRouter } from "~/server/api/routers/people";
import { categoriesRouter } from "~/server/api/routers/categories";
import { mentoringRouter } from "~/server/api/routers/mentoring";
import { mentoringAdminRouter } from "~/server/api/routers/mentoring-admin";
import { coachingRouter } from "~/server/api/routers/coaching";
import { coursesRouter } from "~/server/api/routers/courses";
import { courseAuthoringRouter } from "~/server/api/routers/course-authoring";
import { complianceRouter } from "~/server/api/routers/compliance";
import { outboxRouter } from "~/server/api/routers/outbox";
import { mediaRouter } from "~/server/api/routers/media";
import { apiTokensRouter } from "~/server/api/routers/api-tokens";
import { sessionsRouter } from "~/server/api/routers/sessions";
import { recordsRouter } from "~/server/api/routers/records";
import { importsRouter } from "~/server/api/routers/imports";
import { notificationsRouter } from "~/server/api/routers/notifications";
import { teamRouter } from "~/server/api/routers/team";
import { certificatesRouter } from "~/server/api/routers/certificates";
import { xapiRouter } from "~/server/api/routers/xapi";
import { scormImportRouter } from "~/server/api/routers/scorm-import";
import { privacyRouter } from "~/server/api/routers/privacy";
import { auditRouter } from "~/server/api/routers/audit";
import { pathsRouter } from "~/server/api/routers/paths";
import { programmesRouter } from "~/server/api/routers/programmes";
import { programmeAdminRouter } from "~/server/api/routers/programme-admin";
import { parityRouter } from "~/server/api/routers/parity";
import { licencesRouter } from "~/server/api/routers/licences";
import { evaluationsRouter } from "~/server/api/routers/evaluations";

export const appRouter = router({
  health: healthRouter,
  me: meRouter,
  people: peopleRouter,
  categories: categoriesRouter,
  mentoring: mentoringRouter,
  mentoringAdmin: mentoringAdminRouter,
  coaching: coachingRouter,
  courses: coursesRouter,
  courseAuthoring: courseAuthoringRouter,
  compliance: complianceRouter,
  outbox: outboxRouter,
  media: mediaRouter,
  apiTokens: apiTokensRouter,
  sessions: sessionsRouter,
  records: recordsRouter,
  imports: importsRouter,
  notifications: notificationsRouter,
  team: teamRouter,
  certificates: certificatesRouter,
  xapi: xapiRouter,
  scormImport: scormImportRouter,
  privacy: privacyRouter,
  audit: auditRouter,
  paths: pathsRouter,
  programmes: programmesRouter,
  programmeAdmin: programmeAdminRouter,
  parity: parityRouter,
  licences: licencesRouter,
  evaluations: evaluationsRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
