// English messages, one file per namespace so that features add their own without touching others'.
import common from "./en/common.json";
import roles from "./en/roles.json";
import nav from "./en/nav.json";
import signin from "./en/signin.json";
import auth from "./en/auth.json";
import errorsPage from "./en/errors/page.json";
import errorsCommon from "./en/errors/common.json";
import errorsAuth from "./en/errors/auth.json";
import errorsCategories from "./en/errors/categories.json";
import errorsCourses from "./en/errors/courses.json";
import errorsCompliance from "./en/errors/compliance.json";
import errorsEnrolment from "./en/errors/enrolment.json";
import errorsRecords from "./en/errors/records.json";
import errorsImports from "./en/errors/imports.json";
import errorsMentoring from "./en/errors/mentoring.json";
import errorsMedia from "./en/errors/media.json";
import errorsMail from "./en/errors/mail.json";
import errorsReports from "./en/errors/reports.json";
import errorsTeam from "./en/errors/team.json";
import errorsNotifications from "./en/errors/notifications.json";
import errorsCourseLanguages from "./en/errors/courseLanguages.json";
import errorsScormImport from "./en/errors/scormImport.json";
import errorsScormPlayer from "./en/errors/scormPlayer.json";
import errorsCertificates from "./en/errors/certificates.json";
import errorsXapi from "./en/errors/xapi.json";
import errorsPrivacy from "./en/errors/privacy.json";
import errorsSecurity from "./en/errors/security.json";
import errorsAudit from "./en/errors/audit.json";
import courseAuthoringLanguages from "./en/courseAuthoringLanguages.json";
import home from "./en/home.json";
import team from "./en/team.json";
import categories from "./en/categories.json";
import courses from "./en/courses.json";
import compliance from "./en/compliance.json";
import mentoring from "./en/mentoring.json";
import enrolment from "./en/enrolment.json";
import imports from "./en/imports.json";
import reports from "./en/reports.json";
import media from "./en/media.json";
import titles from "./en/titles.json";
import notifications from "./en/notifications.json";
import durations from "./en/durations.json";
import courseLanguages from "./en/courseLanguages.json";
import language from "./en/language.json";
import format from "./en/format.json";
import scormImport from "./en/scormImport.json";
import scormPlayer from "./en/scormPlayer.json";
import certificates from "./en/certificates.json";
import xapi from "./en/xapi.json";
import privacy from "./en/privacy.json";
import security from "./en/security.json";
import audit from "./en/audit.json";
import errorsPaths from "./en/errors/paths.json";
import errorsProgrammes from "./en/errors/programmes.json";
import errorsParity from "./en/errors/parity.json";
import errorsLicences from "./en/errors/licences.json";
import errorsEvaluations from "./en/errors/evaluations.json";
import paths from "./en/paths.json";
import programmes from "./en/programmes.json";
import parity from "./en/parity.json";
import licences from "./en/licences.json";
import evaluations from "./en/evaluations.json";
import errorsProgrammeAdmin from "./en/errors/programmeAdmin.json";
import programmeAdmin from "./en/programmeAdmin.json";
import programmeReport from "./en/programmeReport.json";
import freshness from "./en/freshness.json";

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

export const en = {
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
  /** L&D: importing SCORM packages (web and CLI) */
  scormImport,
  /** learners: playing a SCORM lesson */
  scormPlayer,
  /** certificates: PDF, Open Badges credential, public verification, revocation */
  certificates,
  /** L&D: the xAPI outbox to a learning record store */
  xapi,
  /** L&D and auditors: the audit trail of administrative changes */
  audit,
  /** rate limits, cross-site refusals, sessions */
  security,
  /** privacy: a person's data export, small-cell rule */
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

export type Messages = typeof en;
