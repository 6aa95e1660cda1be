import { getTranslations } from "next-intl/server";
import { Badge } from "~/components/ui/badge";
import type { CertificateStatus } from "~/lib/certificates/status";

const TONE = { valid: "success", expired: "warning", revoked: "danger" } as const;

/** Valid, expired or revoked, as a coloured badge. */
export async function CertificateStatusBadge({ status }: { status: CertificateStatus }) {
  const t = await getTranslations("certificates.status");
  return <Badge tone={TONE[status.state]}>{t(status.state)}</Badge>;
}
