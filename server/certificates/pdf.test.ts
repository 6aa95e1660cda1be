import { describe, expect, it } from "vitest";
import { renderCertificatePdf, type CertificatePdfContent } from "./pdf";

const content: CertificatePdfContent = {
  holderName: "王小明 (Zoë Lefèvre)",
  courseTitle: "信息安全意识 — Sécurité de l’information",
  completedOn: "2026-03-14",
  trainingDays: "0.5",
  validUntil: "2029-03-14",
  code: "7QKD2M9XAB3CDEFGHJKMNPQRST",
  organisation: "Pathway",
  verifyUrl: "http://localhost:3000/verify/7QKD2M9XAB3CDEFGHJKMNPQRST",
};

/** Per embedded font (regular, bold): the characters its ToUnicode CMap maps glyphs to — the text one can copy out. */
function mappedCharacters(pdf: string): Set<string>[] {
  return (pdf.match(/beginbfrange[\s\S]*?endbfrange/g) ?? []).map((block) => {
    const chars = new Set<string>();
    for (const list of block.match(/\[[^\]]*\]/g) ?? []) {
      for (const unit of list.match(/[0-9a-fA-F]{4}/g) ?? []) chars.add(String.fromCodePoint(parseInt(unit, 16)));
    }
    return chars;
  });
}

describe("renderCertificatePdf", () => {
  it.each(["en", "fr", "zh"] as const)("writes a small PDF in %s, embedding only a subset of the font", async (locale) => {
    const pdf = await renderCertificatePdf(content, locale);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.length).toBeLessThan(200_000);
    expect(pdf.length).toBeGreaterThan(5_000);
  });

  it("maps the glyphs of the Chinese and French texts to their characters (they render and copy out)", async () => {
    const pdf = (await renderCertificatePdf(content, "zh", { compress: false })).toString("latin1");
    expect(pdf).toContain("/FontFile2");
    expect(pdf).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansSC/); // a subset (its name tagged by pdfkit)
    const chars = new Set(mappedCharacters(pdf).flatMap((set) => [...set]));
    for (const ch of "王小明信息安全意识结业证书兹证明ëèé") expect({ ch, mapped: chars.has(ch) }).toEqual({ ch, mapped: true });
    expect(chars.has("É")).toBe(false); // a subset: what the page does not use is not there
  });

  it("sets Latin text with straight apostrophes (the CJK font's curly ones are full-width)", async () => {
    const fonts = mappedCharacters((await renderCertificatePdf(content, "fr", { compress: false })).toString("latin1"));
    expect(fonts.some((f) => f.has("'"))).toBe(true);
    expect(fonts.some((f) => f.has("\u2019"))).toBe(false);
  });

  it("says \"Valid until …\" for a recertified course only", async () => {
    const fonts = async (c: CertificatePdfContent) => mappedCharacters((await renderCertificatePdf(c, "en", { compress: false })).toString("latin1"));
    // "Verification code" (regular) has a V; only "Valid until …" puts one in the bold font as well
    expect((await fonts(content)).filter((f) => f.has("V"))).toHaveLength(2);
    expect((await fonts({ ...content, validUntil: null })).filter((f) => f.has("V"))).toHaveLength(1);
  });
});
