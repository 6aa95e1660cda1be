import { describe, expect, it } from "vitest";
import { newNonce, pageContentSecurityPolicy, scormContentSecurityPolicy, servedOverHttps } from "~/lib/security/headers";

const directives = (policy: string) => new Map(policy.split("; ").map((d) => [d.split(" ")[0]!, d.split(" ").slice(1)]));

describe("the pages' Content-Security-Policy", () => {
  it("runs only scripts carrying this response's nonce: no inline code, no eval, nothing framed, no plugins", () => {
    const p = directives(pageContentSecurityPolicy({ nonce: "abc123" }));
    expect(p.get("script-src")).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(p.get("frame-ancestors")).toEqual(["'none'"]);
    expect(p.get("object-src")).toEqual(["'none'"]);
    expect(p.get("base-uri")).toEqual(["'self'"]);
    expect(p.get("form-action")).toEqual(["'self'"]);
    expect(p.get("default-src")).toEqual(["'self'"]);
  });

  it("allows eval and the hot-reload websocket only in development", () => {
    const dev = directives(pageContentSecurityPolicy({ nonce: "n", dev: true }));
    expect(dev.get("script-src")).toContain("'unsafe-eval'");
    expect(dev.get("connect-src")).toContain("ws:");
  });

  it("uses a fresh, unguessable nonce each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const n of nonces) expect(atob(n)).toHaveLength(16);
  });
});

describe("a SCORM package's Content-Security-Policy", () => {
  it("confines the content's scripts, styles, media and requests to the package's own folder", () => {
    const p = directives(scormContentSecurityPolicy({ host: "pathway.example", packageId: "pkg1" }));
    expect(p.get("default-src")).toEqual(["'none'"]);
    expect(p.get("script-src")).toEqual(["pathway.example/scorm/pkg1/", "'unsafe-inline'", "'unsafe-eval'"]);
    expect(p.get("connect-src")).toEqual(["pathway.example/scorm/pkg1/"]);
    expect(p.get("form-action")).toEqual(["'none'"]);
    expect(p.get("frame-ancestors")).toEqual(["'self'"]);
    expect(p.get("object-src")).toEqual(["'none'"]);
  });
});

describe("https", () => {
  it("is the URL's scheme, or what a TLS-terminating proxy says it was", () => {
    expect(servedOverHttps(new URL("https://pathway.example/"), null)).toBe(true);
    expect(servedOverHttps(new URL("http://10.0.0.5:3000/"), "https")).toBe(true);
    expect(servedOverHttps(new URL("http://10.0.0.5:3000/"), "https, http")).toBe(true);
    expect(servedOverHttps(new URL("http://localhost:3000/"), null)).toBe(false);
    expect(servedOverHttps(new URL("http://localhost:3000/"), "http")).toBe(false);
  });
});
