import "server-only";
import type { Adapter, AdapterUser } from "next-auth/adapters";
import type { NextAuthOptions } from "next-auth";
import type { Provider } from "next-auth/providers/index";
import CredentialsProvider from "next-auth/providers/credentials";
import EmailProvider from "next-auth/providers/email";
import { z } from "zod";
import { db } from "~/server/db";
import { env } from "~/server/env";
import { loggableError } from "~/server/errors";
import { renderTemplate } from "~/server/mail/render";
import { smtpTransport } from "~/server/mail/transport";
import { findActiveStaffByEmail, findActiveStaffByEmployeeId } from "~/server/auth/actor";
import { servedOverHttps, sessionCookies } from "~/server/auth/cookies";
import { oidcProvider } from "~/server/auth/oidc";
import { endSignedOutSession } from "~/server/auth/session-version";

function toAdapterUser(s: { id: string; email: string; fullName: string }): AdapterUser {
  return { id: s.id, email: s.email, name: s.fullName, emailVerified: null };
}

/**
 * A deliberately small adapter: staff records are the users (imported from HR, never created by sign-in);
 * only magic-link tokens are stored. Sessions are JWTs.
 */
function staffAdapter(): Adapter {
  return {
    async createUser() {
      // Internal, not for a person: the signIn callback refuses unknown addresses before next-auth would get here.
      throw new Error("Staff records come from HR imports; sign-in never creates one.");
    },
    async getUser(id) {
      const s = await db.staff.findFirst({ where: { id, active: true }, select: { id: true, email: true, fullName: true } });
      return s ? toAdapterUser(s) : null;
    },
    async getUserByEmail(email) {
      const s = await findActiveStaffByEmail(email);
      return s ? toAdapterUser(s) : null;
    },
    async getUserByAccount() {
      return null;
    },
    async updateUser(user) {
      const s = await db.staff.findUniqueOrThrow({ where: { id: user.id }, select: { id: true, email: true, fullName: true } });
      return toAdapterUser(s);
    },
    async linkAccount() {
      return undefined;
    },
    async createVerificationToken(token) {
      await db.verificationToken.create({ data: token });
      return token;
    },
    async useVerificationToken({ identifier, token }) {
      try {
        return await db.verificationToken.delete({ where: { identifier_token: { identifier, token } } });
      } catch {
        return null; // already used or never issued
      }
    },
  };
}

function providers(): Provider[] {
  const e = env();
  const list: Provider[] = [];
  const oidc = oidcProvider(e);
  if (oidc) list.push(oidc);
  const transport = smtpTransport();
  if (transport) {
    list.push(
      EmailProvider({
        from: e.MAIL_FROM,
        maxAge: 15 * 60,
        async sendVerificationRequest({ identifier, url }) {
          const staff = await db.staff.findFirst({ where: { email: identifier.trim().toLowerCase() }, select: { locale: true } });
          const mail = renderTemplate(staff?.locale, "auth.email", "signIn", { url });
          await transport.sendMail({ to: identifier, from: e.MAIL_FROM, ...mail });
        },
      }),
    );
  }
  if (e.demoMode) {
    list.push(
      CredentialsProvider({
        id: "demo",
        name: "Demo account",
        credentials: { employeeId: { label: "Employee id", type: "text" } },
        async authorize(credentials) {
          const parsed = z.object({ employeeId: z.string().min(1).max(40) }).safeParse(credentials);
          if (!parsed.success) return null;
          const s = await findActiveStaffByEmployeeId(parsed.data.employeeId);
          return s ? { id: s.id, email: s.email, name: s.fullName } : null;
        },
      }),
    );
  }
  return list;
}

function sessionVersionOf(sv: unknown): number | undefined {
  return typeof sv === "number" && Number.isInteger(sv) ? sv : undefined;
}

let cached: NextAuthOptions | undefined;

export function authOptions(): NextAuthOptions {
  if (cached) return cached;
  const e = env();
  const secure = servedOverHttps(e);
  cached = {
    secret: e.NEXTAUTH_SECRET,
    useSecureCookies: secure,
    cookies: sessionCookies(secure),
    adapter: staffAdapter(),
    // next-auth's own log lines: its code and the error's kind, never the e-mail, the link or the provider's answer.
    logger: {
      error(code, metadata) {
        const error = metadata instanceof Error ? metadata : (metadata as { error?: unknown } | undefined)?.error;
        console.error(`[auth] ${code}${error ? `: ${loggableError(error)}` : ""}`);
      },
      warn(code) {
        console.warn(`[auth] ${code}`);
      },
      debug() {},
    },
    session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
    providers: providers(),
    pages: { signIn: "/signin", error: "/signin", verifyRequest: "/auth/verify" },
    callbacks: {
      async signIn({ user }) {
        const email = user.email ?? "";
        const staff = email ? await findActiveStaffByEmail(email) : null;
        return staff ? true : "/auth/refused";
      },
      async jwt({ token, user }) {
        // At sign-in only: the session carries the staff member's session version, which loadActor compares.
        if (user?.email) {
          const staff = await findActiveStaffByEmail(user.email);
          token.staffId = staff?.id;
          token.sv = staff?.sessionVersion;
        }
        return token;
      },
      async session({ session, token }) {
        return { ...session, staffId: typeof token.staffId === "string" ? token.staffId : undefined, sessionVersion: sessionVersionOf(token.sv) };
      },
    },
    events: {
      // Sign-out ends the session for real: the same JWT, replayed, is refused from now on.
      async signOut({ token }) {
        const version = sessionVersionOf(token?.sv);
        if (typeof token?.staffId === "string" && version !== undefined) await endSignedOutSession(db, token.staffId, version);
      },
    },
  };
  return cached;
}
