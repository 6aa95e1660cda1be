import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "~/server/db";
import { AppError, renderError, type Problem } from "~/server/errors";
import { audit } from "~/server/audit";
import type { Actor, Role } from "~/server/auth/roles";
import type { CreateApiTokenInput, RenameApiTokenInput } from "~/lib/schemas/api-tokens";

/**
 * API tokens for the reports API. A token is `pw_` + 43 base64url characters (256 random bits). Pathway keeps
 * only its SHA-256 (a fast hash is right for high-entropy secrets: there is nothing to brute-force) and its
 * first characters for display; the token itself is shown once, at creation.
 */
export const TOKEN_PREFIX = "pw_";
const TOKEN_SHAPE = /^pw_[A-Za-z0-9_-]{43}$/;
const DISPLAY_CHARS = TOKEN_PREFIX.length + 8;
// Writing lastUsedAt on every request would turn each read into a write; a minute's precision is enough.
const LAST_USED_PRECISION_MS = 60_000;

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

function newToken(): string {
  return TOKEN_PREFIX + randomBytes(32).toString("base64url");
}

const listSelect = {
  id: true,
  name: true,
  prefix: true,
  createdAt: true,
  lastUsedAt: true,
  revokedAt: true,
  owner: { select: { id: true, fullName: true, active: true, roles: true } },
} as const;

export type ApiTokenListItem = {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  owner: { id: string; fullName: string };
  /** false when the owner has left or is no longer an L&D admin or auditor: the token is refused (403) though not revoked */
  ownerMayUse: boolean;
};

function toListItem(t: {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  owner: { id: string; fullName: string; active: boolean; roles: string[] };
}): ApiTokenListItem {
  const { owner, ...rest } = t;
  return { ...rest, owner: { id: owner.id, fullName: owner.fullName }, ownerMayUse: owner.active && mayOwnToken(owner.roles) };
}

/** L&D admins and auditors own reports-API tokens; an auditor's token reads reports under the small-cell rule. */
function mayOwnToken(roles: readonly string[]): boolean {
  return roles.includes("LD_ADMIN") || roles.includes("AUDITOR");
}

/** L&D admins manage every token; an auditor only their own (others' are "not found"). */
function ownTokensOnly(actor: { id: string; roles?: readonly Role[] }): { ownerId: string } | Record<string, never> {
  return actor.roles?.includes("LD_ADMIN") ? {} : { ownerId: actor.id };
}

/**
 * Every token of the organisation, newest first: L&D admins manage them together (a colleague may have left).
 * An auditor sees only their own.
 */
export async function listApiTokens(viewer: Pick<Actor, "id" | "roles">): Promise<ApiTokenListItem[]> {
  const tokens = await db.apiToken.findMany({ where: ownTokensOnly(viewer), select: listSelect, orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }] });
  return tokens.map(toListItem);
}

/** Creates a token owned by the actor; the returned `token` is the only time anyone sees it. */
export async function createApiToken(actor: Pick<Actor, "id">, input: CreateApiTokenInput): Promise<{ token: string; item: ApiTokenListItem }> {
  const token = newToken();
  return db.$transaction(async (tx) => {
    const created = await tx.apiToken.create({
      data: { name: input.name, prefix: token.slice(0, DISPLAY_CHARS), tokenHash: hashToken(token), ownerId: actor.id },
      select: listSelect,
    });
    await audit(tx, actor, "apiToken.create", "ApiToken", created.id, { data: { name: input.name, prefix: created.prefix }, after: { name: input.name, prefix: created.prefix } });
    return { token, item: toListItem(created) };
  });
}

export async function renameApiToken(actor: Pick<Actor, "id"> & { roles?: readonly Role[] }, input: RenameApiTokenInput): Promise<ApiTokenListItem> {
  return db.$transaction(async (tx) => {
    const before = await tx.apiToken.findFirst({ where: { id: input.id, ...ownTokensOnly(actor) }, select: { name: true } });
    if (!before) throw new AppError("NOT_FOUND", "auth.apiTokenNotFound");
    const updated = await tx.apiToken.update({ where: { id: input.id }, data: { name: input.name }, select: listSelect });
    await audit(tx, actor, "apiToken.rename", "ApiToken", input.id, { data: { from: before.name, to: input.name }, before: { name: before.name }, after: { name: input.name } });
    return toListItem(updated);
  });
}

/** Revokes for good; revoking twice keeps the first date (idempotent). */
export async function revokeApiToken(actor: Pick<Actor, "id"> & { roles?: readonly Role[] }, id: string, asOf: Date = new Date()): Promise<ApiTokenListItem> {
  return db.$transaction(async (tx) => {
    const found = await tx.apiToken.findFirst({ where: { id, ...ownTokensOnly(actor) }, select: { revokedAt: true } });
    if (!found) throw new AppError("NOT_FOUND", "auth.apiTokenNotFound");
    if (found.revokedAt) return toListItem(await tx.apiToken.findUniqueOrThrow({ where: { id }, select: listSelect }));
    const updated = await tx.apiToken.update({ where: { id }, data: { revokedAt: asOf, revokedById: actor.id }, select: listSelect });
    await audit(tx, actor, "apiToken.revoke", "ApiToken", id, { before: { name: updated.name, prefix: updated.prefix, revokedAt: null }, after: { name: updated.name, prefix: updated.prefix, revokedAt: asOf.toISOString() } });
    return toListItem(updated);
  });
}

export type ApiAuthResult =
  | { ok: true; tokenId: string; ownerId: string }
  /** `message` is the problem in English, for callers that do not render it in the reader's language themselves */
  | { ok: false; status: 401 | 403; problem: Problem; message: string };

function refused(status: 401 | 403, key: "auth.apiTokenMissing" | "auth.apiTokenInvalid" | "auth.apiTokenRevoked" | "auth.apiTokenOwnerNotAdmin"): ApiAuthResult {
  const problem: Problem = { code: status === 401 ? "UNAUTHORIZED" : "FORBIDDEN", key };
  return { ok: false, status, problem, message: renderError(null, key) };
}

/**
 * Checks an `Authorization: Bearer pw_…` header. 401: no token, or not one Pathway issued. 403: a revoked token,
 * or one whose owner has left or is no longer an L&D admin or auditor — the owner is re-read on every request.
 */
export async function authenticateApiToken(authorization: string | null, asOf: Date = new Date()): Promise<ApiAuthResult> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
  if (!match) return refused(401, "auth.apiTokenMissing");
  const token = match[1]!;
  if (!TOKEN_SHAPE.test(token)) return refused(401, "auth.apiTokenInvalid");
  const found = await db.apiToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, revokedAt: true, lastUsedAt: true, owner: { select: { id: true, active: true, roles: true } } },
  });
  if (!found) return refused(401, "auth.apiTokenInvalid");
  if (found.revokedAt) return refused(403, "auth.apiTokenRevoked");
  if (!found.owner.active || !mayOwnToken(found.owner.roles)) return refused(403, "auth.apiTokenOwnerNotAdmin");
  if (!found.lastUsedAt || asOf.getTime() - found.lastUsedAt.getTime() >= LAST_USED_PRECISION_MS) {
    await db.apiToken.update({ where: { id: found.id }, data: { lastUsedAt: asOf } });
  }
  return { ok: true, tokenId: found.id, ownerId: found.owner.id };
}
