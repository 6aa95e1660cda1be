// fr messages: the same files and keys as English (messages/en.ts); a test fails on any key missing or empty.
import type { Messages } from "./en";
import common from "./fr/common.json";
import roles from "./fr/roles.json";
import nav from "./fr/nav.json";
import signin from "./fr/signin.json";
import auth from "./fr/auth.json";
import errorsPage from "./fr/errors/page.json";
import errorsCommon from "./fr/errors/common.json";
import errorsAuth from "./fr/errors/auth.json";
import errorsCategories from "./fr/errors/categories.json";
import errorsCourses from "./fr/errors/courses.json";
import errorsCompliance from "./fr/errors/compliance.json";
import errorsEnrolment from "./fr/errors/enrolment.json";
import errorsRecords from "./fr/errors/records.json";
import errorsImports from "./fr/errors/imports.json";
import errorsMentoring from "./fr/errors/mentoring.json";
import errorsMedia from "./fr/errors/media.json";
import errorsMail from "./fr/errors/mail.json";
import errorsReports from "./fr/errors/reports.json";
import errorsTeam from "./fr/errors/team.json";
import errorsNotifications from "./fr/errors/notifications.json";
import errorsCourseLanguages from "./fr/errors/courseLanguages.json";
import errorsScormImport from "./fr/errors/scormImport.json";
import errorsScormPlayer from "./fr/errors/scormPlayer.json";
import errorsCertificates from "./fr/errors/certificates.json";
import errorsXapi from "./fr/errors/xapi.json";
import errorsPrivacy from "./fr/errors/privacy.json";
import errorsSecurity from "./fr/errors/security.json";
import errorsAudit from "./fr/errors/audit.json";
import courseAuthoringLanguages from "./fr/courseAuthoringLanguages.json";
import home from "./fr/home.json";
import team from "./fr/team.json";
import categories from "./fr/categories.json";
import courses from "./fr/courses.json";
import compliance from "./fr/compliance.json";
import mentoring from "./fr/mentoring.json";
import enrolment from "./fr/enrolment.json";
import imports from "./fr/imports.json";
import reports from "./fr/reports.json";
import media from "./fr/media.json";
import titles from "./fr/titles.json";
import notifications from "./fr/notifications.json";
import durations from "./fr/durations.json";
import courseLanguages from "./fr/courseLanguages.json";
import language from "./fr/language.json";
import format from "./fr/format.json";
import scormImport from "./fr/scormImport.json";
import scormPlayer from "./fr/scormPlayer.json";
import certificates from "./fr/certificates.json";
import xapi from "./fr/xapi.json";
import privacy from "./fr/privacy.json";
import security from "./fr/security.json";
import audit from "./fr/audit.json";
import errorsPaths from "./fr/errors/paths.json";
import errorsProgrammes from "./fr/errors/programmes.json";
import errorsParity from "./fr/errors/parity.json";
import errorsLicences from "./fr/errors/licences.json";
import errorsEvaluations from "./fr/errors/evaluations.json";
import paths from "./fr/paths.json";
import programmes from "./fr/programmes.json";
import parity from "./fr/parity.json";
import licences from "./fr/licences.json";
import evaluations from "./fr/evaluations.json";
import errorsProgrammeAdmin from "./fr/errors/programmeAdmin.json";
import programmeAdmin from "./fr/programmeAdmin.json";
import programmeReport from "./fr/programmeReport.json";
import freshness from "./fr/freshness.json";

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

export const fr: Messages = {
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

