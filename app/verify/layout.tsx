import type { Metadata } from "next";
import type { ReactNode } from "react";

// Public (no sign-in: outside the (app) group), and kept out of search engines: a code is shared on purpose, not found.
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default function VerifyLayout({ children }: { children: ReactNode }) {
  return children;
}
