"use client";

import Link from "next/link";
import { useMemo, useState, useSyncExternalStore } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { Button, buttonClass } from "~/components/ui/button";
import { Card, CardTitle } from "~/components/ui/card";
import { cn } from "~/components/ui/cn";
import { Dialog } from "~/components/ui/dialog";
import { EmptyState } from "~/components/ui/empty-state";
import { MentorCard, type MentorCardData } from "~/components/mentoring/mentor-card";
import { RequestComposer } from "~/components/mentoring/request-composer";

type Chosen = { id: string; name: string };

// The mentors a mentee ticked, kept for the browser tab (sessionStorage) so that a choice survives a change of page
// or filter: "ask this one on page 1 and that one on page 3" works. In memory as well, for browsers that refuse storage.
const CHOICE_KEY = "pathway.mentoring.chosen";
const choiceListeners = new Set<() => void>();
let choiceRaw: string | null = null;

function readChoice(): string {
  if (choiceRaw === null) {
    try {
      choiceRaw = sessionStorage.getItem(CHOICE_KEY) ?? "[]";
    } catch {
      choiceRaw = "[]";
    }
  }
  return choiceRaw;
}

function writeChoice(list: Chosen[]) {
  choiceRaw = JSON.stringify(list);
  try {
    sessionStorage.setItem(CHOICE_KEY, choiceRaw);
  } catch {
    // private browsing: the choice lives as long as the page
  }
  for (const listener of choiceListeners) listener();
}

function subscribeChoice(listener: () => void) {
  choiceListeners.add(listener);
  return () => void choiceListeners.delete(listener);
}

function parseChoice(raw: string): Chosen[] {
  try {
    const list: unknown = JSON.parse(raw);
    return Array.isArray(list) ? list.filter((c): c is Chosen => typeof c?.id === "string" && typeof c?.name === "string") : [];
  } catch {
    return [];
  }
}

/** The server and the first render see no choice (nothing to mismatch); the stored one follows at once. */
function useChosenMentors(): [Chosen[], (list: Chosen[]) => void] {
  const raw = useSyncExternalStore(subscribeChoice, readChoice, () => "[]");
  return [useMemo(() => parseChoice(raw), [raw]), writeChoice];
}

const WIDE = "(min-width: 64rem)";
function subscribeWide(listener: () => void) {
  const query = window.matchMedia(WIDE);
  query.addEventListener("change", listener);
  return () => query.removeEventListener("change", listener);
}

/** lg and up: the request form sits beside the list; narrower, it opens in a dialog. Wide on the server. */
function useWide(): boolean {
  return useSyncExternalStore(subscribeWide, () => window.matchMedia(WIDE).matches, () => true);
}

export type MentorPagination = {
  page: number;
  pageCount: number;
  total: number;
  pageSize: number;
  /** the address of each page, page 1 first */
  hrefs: string[];
};

/**
 * One page of suggested mentors with a checkbox each; the mentee asks the ones they tick, all at once. On a wide
 * screen the request form stays beside the list; on a phone a bar at the bottom opens it in a dialog, so it is never
 * below a dozen cards.
 */
export function MentorBrowser({
  mentors,
  pagination,
  now,
  slots,
  maxOpen,
  defaultDuration,
  blockedReason,
}: {
  mentors: MentorCardData[];
  pagination: MentorPagination;
  now: Date;
  /** requests the mentee may still send */
  slots: number;
  maxOpen: number;
  defaultDuration: number;
  /** why the mentee cannot ask anyone now (already paired), if so */
  blockedReason: string | null;
}) {
  const t = useTranslations("mentoring.browse");
  const wide = useWide();
  const [stored, setChosen] = useChosenMentors();
  const [composing, setComposing] = useState(false);
  const isAvailable = (m: MentorCardData) => !blockedReason && m.freePlaces > 0 && !m.openRequestId;
  // A mentor chosen earlier who has since become unavailable (asked from their profile, now full) drops out.
  const chosen = stored.filter((c) => {
    const shown = mentors.find((m) => m.staffId === c.id);
    return !shown || isAvailable(shown);
  }).slice(0, Math.max(0, slots));
  const chosenIds = chosen.map((c) => c.id);
  if (mentors.length === 0) return <EmptyState title={t("none")}>{t("noneHint")}</EmptyState>;

  const composer = <RequestComposer mentors={chosen} defaultDuration={defaultDuration} onSent={() => setChosen([])} />;
  const canCompose = !blockedReason && slots > 0;
  return (
    <div className={cn("grid gap-6 lg:grid-cols-3", canCompose && chosen.length > 0 && "pb-20 lg:pb-0")}>
      <div className="space-y-4 lg:col-span-2">
        <ol className="space-y-4" aria-label={t("results")} start={(pagination.page - 1) * pagination.pageSize + 1}>
          {mentors.map((m) => {
            const checked = chosenIds.includes(m.staffId);
            const available = isAvailable(m);
            const disabled = !available || (!checked && chosen.length >= slots);
            return (
              <li key={m.staffId}>
                <MentorCard
                  mentor={m}
                  now={now}
                  select={
                    available ? (
                      <label className="flex items-center gap-2 text-sm font-medium text-slate-800">
                        <input
                          type="checkbox"
                          className="size-4 accent-brand-600"
                          checked={checked}
                          disabled={disabled}
                          onChange={(e) =>
                            setChosen(e.target.checked ? [...chosen, { id: m.staffId, name: m.fullName }] : chosen.filter((c) => c.id !== m.staffId))
                          }
                        />
                        {t("select", { name: m.fullName })}
                      </label>
                    ) : undefined
                  }
                />
              </li>
            );
          })}
        </ol>
        <Pages pagination={pagination} />
      </div>
      <div className="order-first lg:order-none lg:sticky lg:top-4 lg:self-start">
        <Card aria-labelledby="composer-title">
          <CardTitle id="composer-title">{t("askTitle")}</CardTitle>
          {blockedReason ? (
            <p className="text-sm text-slate-600">{blockedReason}</p>
          ) : slots === 0 ? (
            <p className="text-sm text-slate-600">{t("noSlots", { max: maxOpen })}</p>
          ) : (
            <>
              {/* CSS picks the right one before hydration; then only the wide layout keeps the form here. */}
              <p className="text-sm text-slate-600 lg:hidden">{t("askHintPhone", { slots })}</p>
              {wide && (
                <div className="hidden lg:block">
                  <p className="mb-3 text-sm text-slate-600">{t("askHint", { slots })}</p>
                  {composer}
                </div>
              )}
            </>
          )}
        </Card>
      </div>
      {canCompose && !wide && chosen.length > 0 && (
        <Button className="fixed inset-x-4 bottom-4 z-40 shadow-lg" onClick={() => setComposing(true)}>
          {t("writeRequest", { n: chosen.length })}
        </Button>
      )}
      <Dialog open={canCompose && !wide && composing} onClose={() => setComposing(false)} title={t("askTitle")}>
        {composer}
        <Button variant="secondary" className="w-full" onClick={() => setComposing(false)}>
          {t("keepBrowsing")}
        </Button>
      </Dialog>
    </div>
  );
}

/** "Showing 13–24 of 38" with links to the previous, next and numbered pages; the current page is marked. */
function Pages({ pagination }: { pagination: MentorPagination }) {
  const t = useTranslations("mentoring.browse");
  const format = useFormatter();
  const { page, pageCount, total, pageSize, hrefs } = pagination;
  const from = (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={t("pages")} className="flex flex-wrap items-center justify-between gap-3 pt-2 text-sm">
      <p className="text-slate-600">{t("showing", { from: format.number(from), to: format.number(to), total: format.number(total) })}</p>
      <ul className="flex flex-wrap items-center gap-1">
        {page > 1 && (
          <li>
            <Link href={hrefs[page - 2]!} rel="prev" className={buttonClass("ghost", "sm")}>
              {t("previous")}
            </Link>
          </li>
        )}
        {hrefs.map((href, i) => (
          <li key={href}>
            <Link
              href={href}
              aria-current={i + 1 === page ? "page" : undefined}
              className={buttonClass(i + 1 === page ? "primary" : "ghost", "sm", "min-w-9 justify-center tabular-nums")}
            >
              <span className="sr-only">{t("pageN", { n: i + 1 })}</span>
              <span aria-hidden="true">{format.number(i + 1)}</span>
            </Link>
          </li>
        ))}
        {page < pageCount && (
          <li>
            <Link href={hrefs[page]!} rel="next" className={buttonClass("ghost", "sm")}>
              {t("next")}
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
