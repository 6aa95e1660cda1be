import { describe, expect, it } from "vitest";
import { negotiateLocale } from "~/lib/i18n/locales";
import { pickLocale } from "~/lib/i18n/pick-locale";

describe("negotiateLocale", () => {
  it("takes the browser's first offered language, by quality, falling back from a region to its language", () => {
    expect(negotiateLocale("fr-CH,fr;q=0.9,en;q=0.8")).toBe("fr");
    expect(negotiateLocale("de-CH,de;q=0.9,zh-TW;q=0.5,en;q=0.4")).toBe("zh");
    expect(negotiateLocale("en;q=0.3, fr;q=0.7")).toBe("fr");
    expect(negotiateLocale("zh-Hans-CN")).toBe("zh");
  });

  it("names no language when the browser asks for none Pathway offers", () => {
    expect(negotiateLocale("de-DE,es;q=0.5")).toBeNull();
    expect(negotiateLocale("fr;q=0, *")).toBeNull();
    expect(negotiateLocale("")).toBeNull();
    expect(negotiateLocale(undefined)).toBeNull();
  });
});

describe("pickLocale", () => {
  it("follows the browser until the person chooses, then their choice on every browser", () => {
    expect(pickLocale({ profile: { locale: "en", chosen: false }, cookie: undefined, acceptLanguage: "fr-FR,fr" })).toBe("fr");
    expect(pickLocale({ profile: { locale: "zh", chosen: true }, cookie: undefined, acceptLanguage: "fr-FR,fr" })).toBe("zh");
    expect(pickLocale({ profile: { locale: "zh", chosen: true }, cookie: "fr", acceptLanguage: "fr" })).toBe("zh");
  });

  it("uses the switcher's cookie before signing in, and English when nothing says otherwise", () => {
    expect(pickLocale({ profile: null, cookie: "zh", acceptLanguage: "fr" })).toBe("zh");
    expect(pickLocale({ profile: null, cookie: "xx", acceptLanguage: "de" })).toBe("en");
    expect(pickLocale({ profile: { locale: "fr", chosen: false }, cookie: null, acceptLanguage: "de" })).toBe("fr");
  });
});
