import "server-only";
import { baseUrlOf, env, type EnvValues } from "~/server/env";

/** Where and how statements go. The credentials never leave the server, and are never logged or shown. */
export type XapiConfig = {
  /** the LRS's xAPI base URL, ending in "/" ("…/statements" is resolved against it) */
  endpoint: string;
  username: string;
  password: string;
  timeoutMs: number;
  /** the app's base URL: the actor's account homePage and the root of every activity id */
  homePage: string;
};

/** The xAPI settings of given environment values, or null when xAPI is not configured. */
export function xapiConfigOf(e: Pick<EnvValues, "XAPI_ENDPOINT" | "XAPI_USERNAME" | "XAPI_PASSWORD" | "XAPI_TIMEOUT_MS" | "APP_URL" | "NEXTAUTH_URL" | "PORT">): XapiConfig | null {
  if (!e.XAPI_ENDPOINT || !e.XAPI_USERNAME || !e.XAPI_PASSWORD) return null;
  // Credentials go in the Authorization header only: any in the URL are dropped, so no error text can carry them.
  const url = new URL(e.XAPI_ENDPOINT);
  url.username = "";
  url.password = "";
  if (!url.pathname.endsWith("/")) url.pathname = `${url.pathname}/`;
  return {
    endpoint: url.toString(),
    username: e.XAPI_USERNAME,
    password: e.XAPI_PASSWORD,
    timeoutMs: e.XAPI_TIMEOUT_MS ?? 10_000,
    homePage: baseUrlOf(e),
  };
}

/** This process's xAPI settings (XAPI_ENDPOINT, XAPI_USERNAME, XAPI_PASSWORD, XAPI_TIMEOUT_MS), or null. */
export function xapiConfig(): XapiConfig | null {
  return xapiConfigOf(env());
}

/** Only the LRS's host, for L&D's page and the CLI: never the path's secrets, never the credentials. */
export function endpointHost(config: Pick<XapiConfig, "endpoint"> | null): string | null {
  if (!config) return null;
  try {
    return new URL(config.endpoint).host;
  } catch {
    return null;
  }
}
