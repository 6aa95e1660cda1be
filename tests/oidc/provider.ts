// A real OpenID Connect provider for tests: panva's oidc-provider in its spec-conformant defaults (authorization-code
// flow; `email` and `name` are served by the userinfo endpoint, not put in the ID token), one confidential client
// that must use PKCE, a few accounts, and a minimal login page of its own (the built-in development pages load web
// fonts from the internet). Consent is implied for the one first-party client.
//
// In-process: `startOidcProvider({ redirectUris, accounts })` (port 0 = a free one). As Playwright's webServer:
//   node --import tsx tests/oidc/provider.ts   with OIDC_TEST_PORT and OIDC_TEST_REDIRECT_URI set.
import { generateKeyPairSync } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { pathToFileURL } from "node:url";
import Provider, { type Configuration } from "oidc-provider";
import { SSO_ACCOUNTS, SSO_CLIENT, type TestAccount } from "./accounts";

export type OidcTestOptions = {
  /** 0 (default): a free port */
  port?: number;
  redirectUris: string[];
  accounts: readonly TestAccount[];
  clientId?: string;
  clientSecret?: string;
};

export type RunningOidcProvider = { issuer: string; clientId: string; clientSecret: string; close(): Promise<void> };

const SCOPES = "openid email profile";

export async function startOidcProvider(options: OidcTestOptions): Promise<RunningOidcProvider> {
  const clientId = options.clientId ?? SSO_CLIENT.id;
  const clientSecret = options.clientSecret ?? SSO_CLIENT.secret;
  const bySub = new Map(options.accounts.map((a) => [a.sub, a]));
  const byEmail = new Map(options.accounts.map((a) => [a.email.toLowerCase(), a]));

  // The issuer names the port, known once the server listens: the provider is made after, and found here.
  const ready: { provider?: { instance: Provider; callback: ReturnType<Provider["callback"]> } } = {};
  const server = createServer((req, res) => {
    void handle(ready.provider!, byEmail, req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end(`test identity provider: ${error instanceof Error ? error.message : String(error)}`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const configuration: Configuration = {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: options.redirectUris,
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    jwks: { keys: [{ ...privateKey.export({ format: "jwk" }), kid: "test-signing-key", use: "sig", alg: "RS256" }] },
    cookies: { keys: ["test-only-cookie-signing-key"] },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name", "preferred_username"] },
    pkce: { required: () => true },
    features: { devInteractions: { enabled: false } },
    ttl: { AccessToken: 600, AuthorizationCode: 60, IdToken: 600, Interaction: 600, Session: 3600, Grant: 3600 },
    async findAccount(_ctx, sub) {
      const account = bySub.get(sub);
      if (!account) return undefined;
      return {
        accountId: sub,
        async claims() {
          return { sub, email: account.email, email_verified: true, name: account.name, preferred_username: account.email };
        },
      };
    },
    // The one client is first-party: consent is implied (oidc-provider's documented recipe for skipping consent).
    async loadExistingGrant(ctx) {
      const { client, session } = ctx.oidc;
      if (!client || !session?.accountId) return undefined;
      const grantId = (ctx.oidc.result?.consent as { grantId?: string } | undefined)?.grantId ?? session.grantIdFor(client.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope(SCOPES);
      await grant.save();
      session.grantIdFor(client.clientId, grant.jti);
      return grant;
    },
  };
  const instance = new Provider(issuer, configuration);
  ready.provider = { instance, callback: instance.callback() };

  return {
    issuer,
    clientId,
    clientSecret,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

async function handle({ instance: provider, callback }: { instance: Provider; callback: ReturnType<Provider["callback"]> }, byEmail: Map<string, TestAccount>, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = new URL(req.url ?? "/", "http://localhost").pathname;
  if (path === "/favicon.ico") {
    res.writeHead(204).end();
    return;
  }
  const interaction = /^\/interaction\/([\w-]+)(\/login)?$/.exec(path);
  if (!interaction) {
    callback(req, res);
    return;
  }
  const details = await provider.interactionDetails(req, res);
  if (details.prompt.name !== "login") {
    // Consent is implied (loadExistingGrant); any other prompt means a misconfigured test.
    res.writeHead(400, { "content-type": "text/plain; charset=utf-8" }).end(`unexpected prompt ${details.prompt.name}`);
    return;
  }
  const action = `/interaction/${details.uid}/login`;
  if (req.method === "POST" && interaction[2]) {
    const email = new URLSearchParams(await readBody(req)).get("email")?.trim().toLowerCase() ?? "";
    const account = byEmail.get(email);
    if (!account) {
      sendHtml(res, loginPage(action, email));
      return;
    }
    await provider.interactionFinished(req, res, { login: { accountId: account.sub } }, { mergeWithLastSubmission: false });
    return;
  }
  sendHtml(res, loginPage(action, null));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => {
      body += chunk;
      if (body.length > 10_000) req.destroy(new Error("request body too large"));
    });
    req.on("end", () => resolve(body));
    req.on("error", reject);
  });
}

function sendHtml(res: ServerResponse, html: string): void {
  res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" }).end(html);
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A plain, accessible login page: one labelled e-mail field (any account of the provider; no password) and a button. */
function loginPage(action: string, unknownEmail: string | null): string {
  const error = unknownEmail === null ? "" : `<p role="alert" id="error">No account ${escapeHtml(unknownEmail)} at this identity provider.</p>`;
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Test identity provider · Sign in</title></head>
<body>
<main>
<h1>Test identity provider</h1>
${error}
<form method="post" action="${escapeHtml(action)}">
<label for="email">E-mail</label>
<input id="email" name="email" type="email" autocomplete="username" required${unknownEmail === null ? "" : ' aria-describedby="error"'}>
<button type="submit">Continue</button>
</form>
</main>
</body>
</html>`;
}

// Run as a script (Playwright's webServer): the e2e accounts, the app's redirect URI, a fixed port.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const port = Number(process.env.OIDC_TEST_PORT);
  const redirectUri = process.env.OIDC_TEST_REDIRECT_URI;
  if (!Number.isInteger(port) || port <= 0 || !redirectUri) {
    console.error("Set OIDC_TEST_PORT and OIDC_TEST_REDIRECT_URI (e.g. http://localhost:3000/api/auth/callback/oidc).");
    process.exit(2);
  }
  const running = await startOidcProvider({ port, redirectUris: [redirectUri], accounts: Object.values(SSO_ACCOUNTS) });
  console.log(`test identity provider at ${running.issuer} for ${redirectUri}`);
  const stop = () => void running.close().finally(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
