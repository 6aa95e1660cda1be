import { useFormatter } from "next-intl";
import { useLanguageName } from "~/components/mentoring/match-reasons";

export function LanguageList({ codes }: { codes: readonly string[] }) {
  const format = useFormatter();
  const name = useLanguageName();
  return <>{format.list(codes.map(name), { type: "conjunction" })}</>;
}
