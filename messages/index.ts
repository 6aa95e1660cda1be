import type { Locale } from "~/lib/i18n/locales";
import { en, type Messages } from "./en";
import { fr } from "./fr";
import { zh } from "./zh";

export type { Messages } from "./en";

/** Every language's messages: the interface, errors, mail, notifications and downloads are written from these. */
export const catalogues: Record<Locale, Messages> = { en, fr, zh };
