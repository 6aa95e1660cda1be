import { getTranslations } from "next-intl/server";
import { FilterBar, FilterSelect } from "~/components/ui/filter-bar";
import { COMPLIANCE_STATE_VALUES } from "~/lib/schemas/compliance";
import { TEAM_SCOPES, type TeamFilter } from "~/lib/schemas/team";
import type { TeamRequirementFigures } from "~/server/team/compliance";

/** The team's filters as a GET form: people (direct or down the line), mandatory course, state. */
export async function TeamFilters({ filter, requirements, count }: { filter: TeamFilter; requirements: TeamRequirementFigures[]; count: number }) {
  const t = await getTranslations("team.filters");
  const ts = await getTranslations("compliance.state");
  const filtered = filter.scope !== "direct" || !!filter.requirementId || !!filter.state;
  return (
    <FilterBar label={t("label")} action="/team" apply={t("apply")} reset={filtered ? { href: "/team", label: t("reset") } : null} aside={t("count", { count })}>
      {/* No "any" choice: the team is always direct reports or everyone down the line. */}
      <FilterSelect className="w-full sm:w-56" label={t("scope")} name="scope" value={filter.scope} options={TEAM_SCOPES.map((s) => ({ value: s, label: s === "direct" ? t("scopeDirect") : t("scopeAll") }))} />
      <FilterSelect className="w-full sm:w-64" label={t("requirement")} name="requirement" value={filter.requirementId} any={t("anyRequirement")} options={requirements.map((r) => ({ value: r.requirementId, label: r.courseTitle }))} />
      <FilterSelect className="w-full sm:w-48" label={t("state")} name="state" value={filter.state} any={t("anyState")} options={COMPLIANCE_STATE_VALUES.map((s) => ({ value: s, label: ts(s) }))} />
    </FilterBar>
  );
}
