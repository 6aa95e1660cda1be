import { z } from "zod";
import { LOCALES } from "~/lib/i18n/locales";
import { Id, Text } from "~/lib/schemas/common";

/** L&D's and auditors' search (Admin → Certificates): a person, a course or a code; a page at a time. */
export const SearchCertificatesInput = z
  .object({
    q: Text.trim().max(100).optional(),
    page: z.number().int().min(1).max(100000).default(1),
  })
  .default({ page: 1 });
export type SearchCertificatesInput = z.infer<typeof SearchCertificatesInput>;

const Reason = Text.trim()
  .min(3, { message: "Say why (at least 3 characters); it is kept in the audit trail" })
  .max(500);

/** Revoke: the reason stays with the certificate and in the audit trail; the public page never shows it. */
export const RevokeCertificateInput = z.object({ certificateId: Id, reason: Reason });
export type RevokeCertificateInput = z.infer<typeof RevokeCertificateInput>;

/** Reissue: a new certificate (new code) for the same completion; the one it replaces is revoked. */
export const ReissueCertificateInput = z.object({ certificateId: Id, reason: Reason });
export type ReissueCertificateInput = z.infer<typeof ReissueCertificateInput>;

/** The language of a downloaded PDF or credential (`?lang=`), else the holder's. */
export const CertificateLanguage = z.enum(LOCALES).optional().catch(undefined);
