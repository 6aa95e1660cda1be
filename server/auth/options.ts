import "server-only";
import type { Adapter, AdapterUser } from "next-auth/adapters";
import type { NextAuthOptions } from "next-auth";
import type { Provider } from "next-auth/providers/index";
import CredentialsProvider from "next-auth/providers/credentials";
import EmailProvider from "next-auth/providers/email";
import { z } from "zod";
import { db } from "~/server/db";
import { env } from "~/server/env";
import { renderTemplate } from "~/server/mail/render";
import { smtpTransport } from "~/server/mail/transport";
import { findActiveStaffByEmail, findActiveStaffByEmployeeId } from "~/server/auth/actor";

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
  if (e.OIDC_ISSUER && e.OIDC_CLIENT_ID && e.OIDC_CLIENT_SECRET) {
    list.push({
      id: "oidc",
      name: e.OIDC_NAME,
      type: "oauth",
      wellKnown: `${e.OIDC_ISSUER.replace(/\/$/, "")}/.well-known/openid-configuration`,
      clientId: e.OIDC_CLIENT_ID,
      clientSecret: e.OIDC_CLIENT_SECRET,
      authorization: { params: { scope: "openid email profile" } },
      idToken: true,
      checks: ["pkce", "state"],
      // The organisation's own identity provider vouches for the e-mail; staff records are matched on it.
      allowDangerousEmailAccountLinking: true,
      profile(p: { sub: string; email?: string; preferred_username?: string; name?: string }) {
        return { id: p.sub, email: (p.email ?? p.preferred_username ?? "").toLowerCase(), name: p.name ?? null };
      },
    });
  }
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

let cached: NextAuthOptions | undefined;

export function authOptions(): NextAuthOptions {
  if (cached) return cached;
  const e = env();
  cached = {
    secret: e.NEXTAUTH_SECRET,
    adapter: staffAdapter(),
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
        if (user?.email) {
          const staff = await findActiveStaffByEmail(user.email);
          token.staffId = staff?.id;
        }
        return token;
      },
      async session({ session, token }) {
        return { ...session, staffId: typeof token.staffId === "string" ? token.staffId : undefined };
      },
    },
  };
  return cached;
}
