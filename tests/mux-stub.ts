// A small local stand-in for the parts of Mux's API that Pathway calls (mux-node's `baseURL` points at it), so
// that upload → webhook → ready runs offline. It answers like Mux (JSON wrapped in `data`, Basic auth with the
// token id and secret), records every call, accepts the browser's PUT of the file on the upload URL, and builds
// webhook deliveries signed exactly as Mux signs them (mux-signature: t=<unix>,v1=<HMAC-SHA256 of "t.body">).
//
// Tests: `const stub = await startMuxStub({ tokenId, tokenSecret, webhookSecret })`, set MUX_BASE_URL=stub.url.
// By hand: `npx tsx tests/mux-stub.ts` (prints the variables to set), optionally with MUX_STUB_WEBHOOK_URL to have
// it deliver video.upload.asset_created and video.asset.ready to the app after each uploaded file.
import { createHmac, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { pathToFileURL } from "node:url";

export type StubUpload = {
  id: string;
  url: string;
  status: "waiting" | "asset_created" | "errored" | "cancelled" | "timed_out";
  cors_origin: string;
  timeout: number;
  new_asset_settings: { passthrough?: string; playback_policies?: string[]; [k: string]: unknown };
  asset_id?: string;
  /** bytes the browser PUT to the upload URL */
  receivedBytes?: number;
};

export type StubAsset = {
  id: string;
  status: "preparing" | "ready" | "errored";
  upload_id: string;
  passthrough?: string;
  playback_ids: { id: string; policy: string }[];
  duration?: number;
  tracks: StubTrack[];
  created_at: string;
};

export type StubTrack = { id: string; type: "text"; text_type?: string; language_code: string; name?: string; url: string; status: "preparing" | "ready" | "errored"; passthrough?: string };

export type StubCall = { method: string; path: string; body: unknown };

export type MuxStub = {
  url: string;
  calls: StubCall[];
  uploads: Map<string, StubUpload>;
  assets: Map<string, StubAsset>;
  /** Answer the next request to `path` (e.g. "POST /video/v1/uploads") with this status and Mux-style error. */
  failNext(route: string, status: number, message: string): void;
  /** What Mux does after the file arrives: create the asset from the upload (status preparing). */
  createAssetFromUpload(uploadId: string): StubAsset;
  /** Mux finished processing: playback IDs per the upload's policy, and the duration. */
  finishAsset(assetId: string, durationSeconds: number): StubAsset;
  /** A webhook event as Mux would send it (envelope with id, type, created_at, data). */
  event(type: string, data: unknown, createdAt?: Date): MuxWebhookEvent;
  /** Headers and body of a delivery of `event`, signed with `secret` at `timestamp` (unix seconds). */
  sign(event: MuxWebhookEvent, opts?: { secret?: string; timestamp?: number }): { body: string; headers: Record<string, string> };
  close(): Promise<void>;
};

export type MuxWebhookEvent = { id: string; type: string; created_at: string; object: { type: string; id: string }; environment: { name: string; id: string }; attempts: unknown[]; data: unknown };

export function signMuxWebhook(body: string, secret: string, timestamp: number = Math.floor(Date.now() / 1000)): string {
  const v1 = createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
  return `t=${timestamp},v1=${v1}`;
}

const id = (prefix: string) => `${prefix}${randomBytes(12).toString("base64url").replace(/[-_]/g, "x")}`;

export async function startMuxStub(opts: { tokenId: string; tokenSecret: string; webhookSecret: string; webhookUrl?: string; port?: number }): Promise<MuxStub> {
  const calls: StubCall[] = [];
  const uploads = new Map<string, StubUpload>();
  const assets = new Map<string, StubAsset>();
  const failures = new Map<string, { status: number; message: string }>();
  const expectedAuth = `Basic ${Buffer.from(`${opts.tokenId}:${opts.tokenSecret}`).toString("base64")}`;
  let base = "";

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => send(res, 500, { error: { type: "internal", messages: [String(error)] } }));
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", base);
    const method = req.method ?? "GET";
    const raw = await readBody(req);

    // The browser's PUT of the file to the signed upload URL (no API credentials, like Mux's storage URL).
    const put = /^\/upload\/([^/]+)$/.exec(url.pathname);
    if (put) {
      if (method === "OPTIONS") return send(res, 204, null, corsHeaders(req));
      const upload = uploads.get(put[1]!);
      if (!upload || method !== "PUT") return send(res, 404, null);
      upload.receivedBytes = raw.byteLength;
      calls.push({ method, path: url.pathname, body: { bytes: raw.byteLength } });
      send(res, 200, null, corsHeaders(req));
      if (opts.webhookUrl) void deliverLifecycle(upload.id);
      return;
    }

    const body = raw.byteLength ? (JSON.parse(raw.toString("utf8")) as unknown) : null;
    calls.push({ method, path: url.pathname, body });
    if (req.headers.authorization !== expectedAuth) return send(res, 401, { error: { type: "unauthorized", messages: ["Unauthorized request"] } });
    const failure = failures.get(`${method} ${url.pathname}`);
    if (failure) {
      failures.delete(`${method} ${url.pathname}`);
      return send(res, failure.status, { error: { type: "invalid_parameters", messages: [failure.message] } });
    }

    if (method === "POST" && url.pathname === "/video/v1/uploads") {
      const b = (body ?? {}) as Partial<StubUpload>;
      if (!b.cors_origin) return send(res, 400, { error: { type: "invalid_parameters", messages: ["cors_origin is required"] } });
      const uploadId = id("up");
      const upload: StubUpload = {
        id: uploadId,
        url: `${base}/upload/${uploadId}`,
        status: "waiting",
        cors_origin: b.cors_origin,
        timeout: b.timeout ?? 3600,
        new_asset_settings: b.new_asset_settings ?? {},
      };
      uploads.set(uploadId, upload);
      return send(res, 201, { data: upload });
    }
    const getUpload = /^\/video\/v1\/uploads\/([^/]+)$/.exec(url.pathname);
    if (method === "GET" && getUpload) {
      const upload = uploads.get(getUpload[1]!);
      return upload ? send(res, 200, { data: upload }) : notFound(res);
    }
    const getAsset = /^\/video\/v1\/assets\/([^/]+)$/.exec(url.pathname);
    if (getAsset) {
      const asset = assets.get(getAsset[1]!);
      if (!asset) return notFound(res);
      if (method === "GET") return send(res, 200, { data: asset });
      if (method === "DELETE") {
        assets.delete(asset.id);
        return send(res, 204, null);
      }
    }
    const tracks = /^\/video\/v1\/assets\/([^/]+)\/tracks$/.exec(url.pathname);
    if (method === "POST" && tracks) {
      const asset = assets.get(tracks[1]!);
      if (!asset) return notFound(res);
      const b = (body ?? {}) as Partial<StubTrack>;
      if (b.type !== "text" || !b.url || !b.language_code) {
        return send(res, 400, { error: { type: "invalid_parameters", messages: ["type text, url and language_code are required"] } });
      }
      // Mux fetches `url` itself later; offline, the stand-in records it (a test can fetch it like Mux would).
      const track: StubTrack = { id: id("tr"), type: "text", text_type: b.text_type, language_code: b.language_code, name: b.name, url: b.url, status: "preparing", passthrough: b.passthrough };
      asset.tracks.push(track);
      return send(res, 201, { data: track });
    }
    const oneTrack = /^\/video\/v1\/assets\/([^/]+)\/tracks\/([^/]+)$/.exec(url.pathname);
    if (method === "DELETE" && oneTrack) {
      const asset = assets.get(oneTrack[1]!);
      if (!asset) return notFound(res);
      asset.tracks = asset.tracks.filter((t) => t.id !== oneTrack[2]);
      return send(res, 204, null);
    }
    return notFound(res);
  }

  function createAssetFromUpload(uploadId: string): StubAsset {
    const upload = uploads.get(uploadId);
    if (!upload) throw new Error(`No upload ${uploadId} in the Mux stand-in.`);
    const asset: StubAsset = {
      id: id("as"),
      status: "preparing",
      upload_id: upload.id,
      passthrough: upload.new_asset_settings.passthrough,
      playback_ids: [],
      tracks: [],
      created_at: String(Math.floor(Date.now() / 1000)),
    };
    assets.set(asset.id, asset);
    upload.status = "asset_created";
    upload.asset_id = asset.id;
    return asset;
  }

  function finishAsset(assetId: string, durationSeconds: number): StubAsset {
    const asset = assets.get(assetId);
    if (!asset) throw new Error(`No asset ${assetId} in the Mux stand-in.`);
    const upload = uploads.get(asset.upload_id);
    const policies = (upload?.new_asset_settings.playback_policies as string[] | undefined) ?? ["public"];
    asset.status = "ready";
    asset.duration = durationSeconds;
    asset.playback_ids = policies.map((policy) => ({ id: id("pb"), policy }));
    return asset;
  }

  function event(type: string, data: unknown, createdAt: Date = new Date()): MuxWebhookEvent {
    const objectId = (data as { id?: string }).id ?? "";
    return {
      id: randomUUIDLike(),
      type,
      created_at: createdAt.toISOString(),
      object: { type: type.split(".")[1] ?? "asset", id: objectId },
      environment: { name: "Development", id: "env-stub" },
      attempts: [],
      data,
    };
  }

  function sign(e: MuxWebhookEvent, o: { secret?: string; timestamp?: number } = {}) {
    const body = JSON.stringify(e);
    return { body, headers: { "content-type": "application/json", "mux-signature": signMuxWebhook(body, o.secret ?? opts.webhookSecret, o.timestamp) } };
  }

  async function deliverLifecycle(uploadId: string) {
    const asset = createAssetFromUpload(uploadId);
    await deliver(event("video.upload.asset_created", uploads.get(uploadId)));
    await new Promise((r) => setTimeout(r, 500));
    await deliver(event("video.asset.ready", finishAsset(asset.id, 12)));
  }

  async function deliver(e: MuxWebhookEvent) {
    const { body, headers } = sign(e);
    await fetch(opts.webhookUrl!, { method: "POST", body, headers }).catch((error: unknown) => console.error("[mux-stub] webhook delivery failed:", error));
  }

  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: base,
    calls,
    uploads,
    assets,
    failNext: (route, status, message) => failures.set(route, { status, message }),
    createAssetFromUpload,
    finishAsset,
    event,
    sign,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

function randomUUIDLike(): string {
  const h = randomBytes(16).toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function corsHeaders(req: IncomingMessage): Record<string, string> {
  return {
    "Access-Control-Allow-Origin": req.headers.origin ?? "*",
    "Access-Control-Allow-Methods": "PUT, OPTIONS",
    "Access-Control-Allow-Headers": "Content-Type",
  };
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  if (body === null) {
    res.writeHead(status, headers);
    res.end();
    return;
  }
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

function notFound(res: ServerResponse) {
  send(res, 404, { error: { type: "not_found", messages: ["The requested resource could not be found"] } });
}

// `npx tsx tests/mux-stub.ts`: a stand-in to develop against by hand.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const tokenId = "stub-token-id";
  const tokenSecret = "stub-token-secret";
  const webhookSecret = "stub-webhook-secret";
  const stub = await startMuxStub({ tokenId, tokenSecret, webhookSecret, webhookUrl: process.env.MUX_STUB_WEBHOOK_URL, port: Number(process.env.MUX_STUB_PORT ?? 0) });
  console.log(`Mux stand-in on ${stub.url}\n  MUX_BASE_URL=${stub.url}\n  MUX_TOKEN_ID=${tokenId}\n  MUX_TOKEN_SECRET=${tokenSecret}\n  MUX_WEBHOOK_SECRET=${webhookSecret}`);
}
