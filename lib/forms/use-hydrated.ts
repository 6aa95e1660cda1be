import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * false on the server and during hydration, true once React runs in the browser. Buttons that work only through
 * JavaScript stay disabled until then, so a click on a page that is still loading is not silently lost (and a
 * form is not submitted natively as a GET).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
