// zh messages: the same files and keys as English (messages/en.ts); a test fails on any key missing or empty.
import type { Messages } from "./en";
import common from "./zh/common.json";
import roles from "./zh/roles.json";
import nav from "./zh/nav.json";
import signin from "./zh/signin.json";
import auth from "./zh/auth.json";
import errorsPage from "./zh/errors/page.json";
import errorsCommon from "./zh/errors/common.json";
import errorsAuth from "./zh/errors/auth.json";
import errorsCategories from "./zh/errors/categories.json";
import errorsCourses from "./zh/errors/courses.json";
import errorsCompliance from "./zh/errors/compliance.json";
import errorsEnrolment from "./zh/errors/enrolment.json";
import errorsRecords from "./zh/errors/records.json";
import errorsImports from "./zh/errors/imports.json";
import errorsMentoring from "./zh/errors/mentoring.json";
import errorsMedia from "./zh/errors/media.json";
import errorsMail from "./zh/errors/mail.json";
import errorsReports from "./zh/errors/reports.json";
import errorsTeam from "./zh/errors/team.json";
import errorsNotifications from "./zh/errors/notifications.json";
import errorsCourseLanguages from "./zh/errors/courseLanguages.json";
import errorsScormImport from "./zh/errors/scormImport.json";
import errorsScormPlayer from "./zh/errors/scormPlayer.json";
import errorsCertificates from "./zh/errors/certificates.json";
import errorsXapi from "./zh/errors/xapi.json";
import errorsPrivacy from "./zh/errors/privacy.json";
import errorsSecurity from "./zh/errors/security.json";
import errorsAudit from "./zh/errors/audit.json";
import courseAuthoringLanguages from "./zh/courseAuthoringLanguages.json";
import home from "./zh/home.json";
import team from "./zh/team.json";
import categories from "./zh/categories.json";
import courses from "./zh/courses.json";
import compliance from "./zh/compliance.json";
import mentoring from "./zh/mentoring.json";
import enrolment from "./zh/enrolment.json";
import imports from "./zh/imports.json";
import reports from "./zh/reports.json";
import media from "./zh/media.json";
import titles from "./zh/titles.json";
import notifications from "./zh/notifications.json";
import durations from "./zh/durations.json";
import courseLanguages from "./zh/courseLanguages.json";
import language from "./zh/language.json";
import format from "./zh/format.json";
import scormImport from "./zh/scormImport.json";
import scormPlayer from "./zh/scormPlayer.json";
import certificates from "./zh/certificates.json";
import xapi from "./zh/xapi.json";
import privacy from "./zh/privacy.json";
import security from "./zh/security.json";
import audit from "./zh/audit.json";
import errorsPaths from "./zh/errors/paths.json";
import errorsProgrammes from "./zh/errors/programmes.json";
import errorsParity from "./zh/errors/parity.json";
import errorsLicences from "./zh/errors/licences.json";
import errorsEvaluations from "./zh/errors/evaluations.json";
import paths from "./zh/paths.json";
import programmes from "./zh/programmes.json";
import parity from "./zh/parity.json";
import licences from "./zh/licences.json";
import evaluations from "./zh/evaluations.json";
import errorsProgrammeAdmin from "./zh/errors/programmeAdmin.json";
import programmeAdmin from "./zh/programmeAdmin.json";
import programmeReport from "./zh/programmeReport.json";
import freshness from "./zh/freshness.json";

// The messages of AppErrors, one file per domain (messages/en/errors/<domain>.json), plus the error pages' texts.
const errors = {
  ...errorsPage,
  common: errorsCommon,
  auth: errorsAuth,
  categories: errorsCategories,
  courses: errorsCourses,
  compliance: errorsCompliance,
  enrolment: errorsEnrolment,
  records: errorsRecords,
  imports: errorsImports,
  mentoring: errorsMentoring,
  media: errorsMedia,
  mail: errorsMail,
  reports: errorsReports,
  team: errorsTeam,
  notifications: errorsNotifications,
  courseLanguages: errorsCourseLanguages,
  scormImport: errorsScormImport,
  scormPlayer: errorsScormPlayer,
  certificates: errorsCertificates,
  xapi: errorsXapi,
  privacy: errorsPrivacy,
  security: errorsSecurity,
  audit: errorsAudit,
  paths: errorsPaths,
  programmes: errorsProgrammes,
  parity: errorsParity,
  licences: errorsLicences,
  evaluations: errorsEvaluations,
  programmeAdmin: errorsProgrammeAdmin,
};

export const zh: Messages = {
  common,
  roles,
  nav,
  signin,
  auth,
  errors,
  home,
  team,
  categories,
  courses,
  /** L&D: the languages of a course, its translations and per-language preview */
  courseAuthoringLanguages,
  compliance,
  mentoring,
  enrolment,
  imports,
  reports,
  media,
  notifications,
  /** lengths and credits of training as people read them (lib/durations.ts) */
  durations,
  /** the languages a course is offered in, the switcher on its pages, captions per language */
  courseLanguages,
  /** the language switcher */
  language,
  /** punctuation that differs between languages (quotation marks) */
  format,
  scormImport,
  scormPlayer,
  certificates,
  xapi,
  audit,
  security,
  privacy,
  /** page titles that name a thing ("Session: Respect in the workplace — 9 Mar 2026"); the layout adds " · Pathway" */
  paths,
  programmes,
  parity,
  licences,
  evaluations,
  programmeAdmin,
  programmeReport,
  /** reports and dashboards read from a replica: how fresh their figures are */
  freshness,
  titles,
};

