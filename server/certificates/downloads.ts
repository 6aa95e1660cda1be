import "server-only";
import type { Actor } from "~/server/auth/roles";
import { localeOr, type Locale } from "~/lib/i18n/locales";
import { toIsoDate } from "~/lib/dates";
import { appUrl } from "~/server/env";
import { certificateForViewer, organisationName, type CertificateView } from "~/server/certificates/queries";
import { renderCertificatePdf } from "~/server/certificates/pdf";
import { signCredential } from "~/server/certificates/credential";

// The two downloads of a certificate, drawn from its row at the time of download (a corrected date or number of days
// shows at once): the PDF and the signed Open Badges credential, in the holder's language unless `lang` says otherwise.

async function load(actor: Pick<Actor, "id" | "roles">, id: string, lang: Locale | undefined, asOf: Date) {
  let locale: Locale = "en";
  const cert = await certificateForViewer(actor, id, toIsoDate(asOf), (holder) => (locale = lang ?? localeOr(holder)));
  return { cert, locale: locale as Locale, organisation: await organisationName() };
}

const baseName = (cert: CertificateView) => `certificate-${cert.course.code}-${cert.holder.employeeId}`.replace(/[^\w.-]+/g, "-");

export async function certificatePdfFile(actor: Pick<Actor, "id" | "roles">, id: string, lang?: Locale, asOf = new Date()) {
  const { cert, locale, organisation } = await load(actor, id, lang, asOf);
  const bytes = await renderCertificatePdf(
    {
      holderName: cert.holder.fullName,
      courseTitle: cert.course.title,
      completedOn: cert.completedOn,
      trainingDays: cert.trainingDays,
      validUntil: cert.validUntil,
      code: cert.code,
      organisation,
      verifyUrl: appUrl(`/verify/${cert.code}`),
    },
    locale,
  );
  return { bytes, fileName: `${baseName(cert)}.pdf` };
}

export async function certificateCredentialFile(actor: Pick<Actor, "id" | "roles">, id: string, lang?: Locale, asOf = new Date()) {
  const { cert, locale, organisation } = await load(actor, id, lang, asOf);
  const credential = await signCredential(
    { certificateId: cert.id, holderName: cert.holder.fullName, course: cert.course, completedOn: cert.completedOn, trainingDays: cert.trainingDays, validUntil: cert.validUntil, code: cert.code, organisation },
    locale,
  );
  return { json: `${JSON.stringify(credential, null, 2)}\n`, fileName: `${baseName(cert)}.credential.json` };
}
