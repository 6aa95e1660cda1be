// English messages, one file per namespace so that features add their own without touching others'.
import common from "./en/common.json";
import roles from "./en/roles.json";
import nav from "./en/nav.json";
import signin from "./en/signin.json";
import auth from "./en/auth.json";
import errors from "./en/errors.json";
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
  compliance,
  mentoring,
  enrolment,
  imports,
  reports,
  media,
};

export type Messages = typeof en;
