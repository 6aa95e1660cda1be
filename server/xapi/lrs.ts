import "server-only";
import type { XapiConfig } from "~/server/xapi/config";
import { XAPI_VERSION, type XapiStatementJson } from "~/server/xapi/statements";

/** The LRS's answer: its HTTP status and body (the body only kept for a refusal, to show L&D). */
export type LrsAnswer = { status: number; body: string };

/** The LRS could not be reached or did not answer in time; the message names why, never the credentials. */
export class LrsUnreachable extends Error {}

function headers(config: XapiConfig): Record<string, string> {
  return {
    Authorization: `Basic ${Buffer.from(`${config.username}:${config.password}`, "utf8").toString("base64")}`,
    "X-Experience-API-Version": XAPI_VERSION,
    "Content-Type": "application/json",
    Accept: "application/json",
  };
}

async function call(config: XapiConfig, method: "POST" | "PUT", url: URL, body: unknown): Promise<LrsAnswer> {
  let response: Response;
  try {
    response = await fetch(url, { method, headers: headers(config), body: JSON.stringify(body), signal: AbortSignal.timeout(config.timeoutMs), redirect: "error" });
  } catch (error) {
    throw new LrsUnreachable(networkError(error, config.timeoutMs));
  }
  let text = "";
  try {
    text = await response.text();
  } catch (error) {
    throw new LrsUnreachable(networkError(error, config.timeoutMs));
  }
  return { status: response.status, body: text };
}

/** Sends statements in one request (POST …/statements). 200 or 204: the LRS stored them all (or had them already). */
export function postStatements(config: XapiConfig, statements: readonly XapiStatementJson[]): Promise<LrsAnswer> {
  return call(config, "POST", new URL("statements", config.endpoint), statements);
}

/** Sends one statement under its id (PUT …/statements?statementId=…). 204: stored; 409: the LRS already has that id. */
export function putStatement(config: XapiConfig, statement: XapiStatementJson): Promise<LrsAnswer> {
  const url = new URL("statements", config.endpoint);
  url.searchParams.set("statementId", statement.id);
  return call(config, "PUT", url, statement);
}

/** "connect ECONNREFUSED 127.0.0.1:8080", "no answer within 10000 ms"…: the network error, in one line. */
function networkError(error: unknown, timeoutMs: number): string {
  const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e?.name === "TimeoutError" || e?.name === "AbortError") return `no answer within ${timeoutMs} ms`;
  const cause = e?.cause?.message ?? e?.cause?.code;
  return [e?.message ?? String(error), cause].filter(Boolean).join(": ");
}
