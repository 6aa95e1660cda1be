import { describe, expect, it } from "vitest";
import { localizeCategory, localizeCategoryName, readCategoryTranslations, withCategoryNames } from "~/lib/categories/i18n";

const hss = { fr: { name: "Santé, sûreté et sécurité" }, zh: { name: "健康、安全与安保" } };

describe("localizeCategoryName", () => {
  it("gives the reader's language when the category is named in it", () => {
    expect(localizeCategoryName("Health, Safety and Security", hss, "fr")).toBe("Santé, sûreté et sécurité");
    expect(localizeCategoryName("Health, Safety and Security", hss, "zh")).toBe("健康、安全与安保");
  });

  it("gives the English name to English readers, whatever the translations say", () => {
    expect(localizeCategoryName("Health, Safety and Security", { ...hss, en: { name: "Something else" } }, "en")).toBe("Health, Safety and Security");
  });

  it("falls back to the English name when the language has none, an empty one, or the column is malformed", () => {
    for (const translations of [{}, { fr: { name: "  " } }, { fr: {} }, { fr: { name: 42 } }, { fr: "Santé" }, null, "{}", [], undefined]) {
      expect(localizeCategoryName("Health, Safety and Security", translations, "fr")).toBe("Health, Safety and Security");
    }
    expect(localizeCategoryName("Languages", hss, "de")).toBe("Languages");
  });
});

describe("localizeCategory", () => {
  it("names the row in the language and drops its translations", () => {
    expect(localizeCategory({ id: "c1", name: "Health, Safety and Security", translations: hss }, "zh")).toEqual({ id: "c1", name: "健康、安全与安保" });
  });
});

describe("withCategoryNames", () => {
  it("sets, keeps and removes each language's name", () => {
    expect(withCategoryNames({}, { fr: " Langues ", zh: "语言" })).toEqual({ fr: { name: "Langues" }, zh: { name: "语言" } });
    expect(withCategoryNames(hss, { fr: "Santé et sécurité" })).toEqual({ fr: { name: "Santé et sécurité" }, zh: hss.zh });
    expect(withCategoryNames(hss, { zh: "" })).toEqual({ fr: hss.fr });
    expect(withCategoryNames(hss, {})).toEqual(hss);
  });

  it("reads back what it wrote", () => {
    expect(readCategoryTranslations(withCategoryNames("not json", { fr: "Langues", zh: "  " }))).toEqual({ fr: { name: "Langues" } });
  });
});
