import type { ReactNode } from "react";
import { getActor } from "~/server/auth/session";
import { LanguageSwitcher } from "~/components/layout/language-switcher";

/** The centred card shared by sign-in, refusal and verification pages. */
export async function AuthFrame({ title, intro, children }: { title: ReactNode; intro?: ReactNode; children?: ReactNode }) {
  const signedIn = !!(await getActor());
  return (
    <main id="main" className="grid min-h-dvh place-items-center bg-gradient-to-b from-brand-50 to-slate-50 px-4 py-10">
      <div className="w-full max-w-md space-y-6 rounded-xl bg-white p-8 shadow-sm ring-1 ring-slate-200">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <div className="flex items-center gap-2 text-brand-700">
            <span aria-hidden className="grid size-9 place-items-center rounded-md bg-brand-600 font-bold text-white">P</span>
            <span className="text-lg font-semibold">Pathway</span>
          </div>
          <LanguageSwitcher signedIn={signedIn} />
        </div>
        <div>
          <h1 className="text-xl font-semibold text-slate-900">{title}</h1>
          {intro && <p className="mt-2 text-sm text-slate-600">{intro}</p>}
        </div>
        {children}
      </div>
    </main>
  );
}
