"use client";

import { useSyncExternalStore } from "react";
import en from "~/messages/en/errors/page.json";
import fr from "~/messages/fr/errors/page.json";
import zh from "~/messages/zh/errors/page.json";
import { HTML_LANG, localeOr, negotiateLocale } from "~/lib/i18n/locales";

const pages = { en, fr, zh };

/** The language without any provider: the switcher's cookie, else the browser's languages. */
function browserLocale() {
  const cookie = document.cookie.match(/(?:^|;\s*)NEXT_LOCALE=([a-z]+)/)?.[1];
  return localeOr(cookie ?? negotiateLocale(navigator.languages.join(",")));
}

// Last resort when the root layout itself fails: no providers are available, so the page reads the three languages'
// error texts itself (English on the server's render, the reader's language once in the browser).
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const locale = useSyncExternalStore(
    () => () => {},
    browserLocale,
    () => "en" as const,
  );
  const t = pages[locale];
  return (
    <html lang={HTML_LANG[locale]}>
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "4rem 1rem", textAlign: "center" }}>
        <main>
          <h1>{t.serverTitle}</h1>
          <p>{t.serverBody}</p>
          <button type="button" onClick={reset}>
            {t.retry}
          </button>
        </main>
      </body>
    </html>
  );
}
