import { useTranslations } from "next-intl";
import { Badge } from "~/components/ui/badge";

/** A programme's status: draft, published (staff see its calls) or retired. */
export function ProgrammeStatusBadge({ status }: { status: "DRAFT" | "PUBLISHED" | "RETIRED" }) {
  const t = useTranslations("programmeAdmin.status");
  return <Badge tone={status === "PUBLISHED" ? "success" : status === "RETIRED" ? "neutral" : "warning"}>{t(status)}</Badge>;
}
