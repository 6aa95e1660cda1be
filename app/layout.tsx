import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { HTML_LANG, localeOr } from "~/lib/i18n/locales";
import "@fontsource-variable/inter";
// Chinese on any machine: the font's unicode-range slices mean a page downloads only the glyphs it shows.
import "@fontsource-variable/noto-sans-sc";
import "./globals.css";
import { TRPCReactProvider } from "~/lib/trpc/react";
import { ToastProvider } from "~/components/ui/toast";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return {
    title: { default: t("appName"), template: `%s · ${t("appName")}` },
    description: t("tagline"),
    // Files in public/ (favicon.ico for browsers and tools that ask for it without reading the page).
    icons: {
      icon: [
        { url: "/favicon.ico", sizes: "16x16 32x32 48x48" },
        { url: "/icon.svg", type: "image/svg+xml" },
      ],
      apple: { url: "/apple-touch-icon.png", sizes: "180x180" },
    },
    manifest: "/site.webmanifest",
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0b5cad" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={HTML_LANG[localeOr(locale)]}>
      <body className="min-h-dvh font-sans">
        <NextIntlClientProvider>
          <TRPCReactProvider>
            <ToastProvider>{children}</ToastProvider>
          </TRPCReactProvider>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
