import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import PDFDocument from "pdfkit";
import QRCode from "qrcode";
import { createFormatter, createTranslator } from "use-intl/core";
import { catalogues } from "~/messages";
import { formattingLocale, HTML_LANG, type Locale } from "~/lib/i18n/locales";
import { formatDuration } from "~/lib/durations";
import { formatCode } from "~/lib/certificates/code";
import { parseIsoDate, type IsoDate } from "~/lib/dates";

// The certificate as a PDF: A4 landscape, centred, in one font that covers Latin, French and Chinese (Noto Sans SC,
// embedded as a subset of the glyphs used — a few KB), with the verification code and a QR code to /verify/<code>.

export type CertificatePdfContent = {
  holderName: string;
  courseTitle: string;
  completedOn: IsoDate;
  trainingDays: string;
  validUntil: IsoDate | null;
  code: string;
  organisation: string;
  verifyUrl: string;
};

// The TTFs are 10 MB each: read once per process, kept in memory (pdfkit only embeds the glyphs a document uses).
let fonts: { regular: Buffer; bold: Buffer } | undefined;
function loadFonts() {
  if (!fonts) {
    // Read from the installed package at run time (the server runs from the project's root): a bundler must not try
    // to import the TTF as a module.
    const file = (weight: string) => path.join(process.cwd(), "node_modules", "@expo-google-fonts", "noto-sans-sc", weight, `NotoSansSC_${weight}.ttf`);
    fonts = { regular: readFileSync(file("400Regular")), bold: readFileSync(file("700Bold")) };
  }
  return fonts;
}

const INK = "#0f172a";
const MUTED = "#475569";
const BRAND = "#0b5cad";

/** The PDF's bytes. `compress: false` leaves its streams readable (tests read the font's ToUnicode map). */
export async function renderCertificatePdf(content: CertificatePdfContent, locale: Locale, options: { compress?: boolean } = {}): Promise<Buffer> {
  const t = createTranslator({ locale, messages: catalogues[locale], namespace: "certificates.pdf" });
  const td = createTranslator({ locale, messages: catalogues[locale], namespace: "durations" });
  const format = createFormatter({ locale: formattingLocale(locale), timeZone: "UTC" });
  const date = (iso: IsoDate) => format.dateTime(parseIsoDate(iso), { dateStyle: "long" });
  const { regular, bold } = loadFonts();

  const doc = new PDFDocument({
    size: "A4",
    layout: "landscape",
    margin: 0,
    compress: options.compress ?? true,
    lang: HTML_LANG[locale],
    info: { Title: t("title"), Author: content.organisation, Subject: content.courseTitle, Creator: "Pathway" },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  doc.registerFont("regular", regular);
  doc.registerFont("bold", bold);

  const W = doc.page.width; // 841.89
  const H = doc.page.height; // 595.28
  // A double frame, the organisation's colour at the top
  doc.rect(24, 24, W - 48, H - 48).lineWidth(2).strokeColor(BRAND).stroke();
  doc.rect(32, 32, W - 64, H - 64).lineWidth(0.5).strokeColor("#94a3b8").stroke();
  doc.rect(32, 32, W - 64, 8).fillColor(BRAND).fill();

  const width = W - 200;
  // Noto Sans SC draws curly quotes full-width, as Chinese sets them: Latin text gets straight ones.
  const typeset = (text: string) => (locale === "zh" ? text : text.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"'));
  const centred = (text: string, y: number, font: "regular" | "bold", size: number, color = INK) => {
    doc.font(font).fontSize(size).fillColor(color).text(typeset(text), 100, y, { width, align: "center" });
    return doc.y;
  };
  centred(content.organisation.toUpperCase(), 70, "bold", 12, BRAND);
  centred(t("title"), 100, "bold", 30);
  centred(t("certifies"), 160, "regular", 13, MUTED);
  let y = centred(content.holderName, 182, "bold", 26);
  doc.moveTo(W / 2 - 160, y + 6).lineTo(W / 2 + 160, y + 6).lineWidth(0.75).strokeColor("#cbd5e1").stroke();
  centred(t("completed"), y + 18, "regular", 13, MUTED);
  y = centred(content.courseTitle, y + 40, "bold", 20, BRAND);
  y = centred(t("on", { date: date(content.completedOn) }), y + 10, "regular", 13);
  y = centred(t("training", { duration: formatDuration(td, content.trainingDays) }), y + 4, "regular", 13);
  if (content.validUntil) centred(t("validUntil", { date: date(content.validUntil) }), y + 4, "bold", 13);

  // The verification block: the code and the address on the left, the QR code on the right.
  const qrSize = 96;
  const qrX = W - 60 - qrSize;
  const qrY = H - 60 - qrSize;
  drawQr(doc, content.verifyUrl, qrX, qrY, qrSize);
  doc.font("regular").fontSize(9).fillColor(MUTED).text(typeset(t("codeLabel")), 60, qrY + 18, { width: qrX - 80 });
  doc.font("bold").fontSize(14).fillColor(INK).text(formatCode(content.code), 60, doc.y + 2, { width: qrX - 80, characterSpacing: 1 });
  doc.font("regular").fontSize(9).fillColor(MUTED).text(typeset(t("verifyAt")), 60, doc.y + 6, { width: qrX - 80 });
  doc.font("regular").fontSize(9).fillColor(BRAND).text(content.verifyUrl, 60, doc.y + 1, { width: qrX - 80, link: content.verifyUrl });

  doc.end();
  return done;
}

/** The QR code as vector squares (crisp at any zoom, a few hundred bytes), with its quiet zone inside `size`. */
function drawQr(doc: PDFKit.PDFDocument, url: string, x: number, y: number, size: number) {
  const qr = QRCode.create(url, { errorCorrectionLevel: "M" });
  const n = qr.modules.size;
  const cell = size / (n + 4);
  doc.rect(x, y, size, size).fillColor("#ffffff").fill();
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) if (qr.modules.get(r, c)) doc.rect(x + (c + 2) * cell, y + (r + 2) * cell, cell, cell);
  }
  doc.fillColor(INK).fill();
}
