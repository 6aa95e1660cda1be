import "server-only";
import { createPrivateKey, createPublicKey, generateKeyPairSync } from "node:crypto";

// The organisation's certificate signing key (CERTIFICATE_SIGNING_KEY): an Ed25519 key written as a Multikey's
// secretKeyMultibase — "z" + base58btc(0x80 0x26 ‖ 32-byte seed ‖ 32-byte public key), the form
// @digitalbazaar/ed25519-multikey exports and reads. Its public half names the issuer: did:key:z6Mk… (no network
// needed to resolve it). scripts/start.ts makes one on first start; the CLI prints one.

const SECRET_HEADER = [0x80, 0x26];
const PUBLIC_HEADER = [0xed, 0x01];
const B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

function base58(bytes: Uint8Array): string {
  let n = BigInt(`0x${Buffer.from(bytes).toString("hex") || "0"}`);
  let out = "";
  while (n > 0n) {
    out = B58[Number(n % 58n)] + out;
    n /= 58n;
  }
  for (const b of bytes) {
    if (b !== 0) break;
    out = `1${out}`;
  }
  return out;
}

function unbase58(text: string): Uint8Array {
  let n = 0n;
  for (const c of text) {
    const v = B58.indexOf(c);
    if (v < 0) throw new Error("not base58");
    n = n * 58n + BigInt(v);
  }
  const hex = n === 0n ? "" : n.toString(16);
  const body = Buffer.from(hex.length % 2 ? `0${hex}` : hex, "hex");
  const zeros = text.match(/^1*/)![0].length;
  return new Uint8Array([...new Uint8Array(zeros), ...body]);
}

export type SigningKeyParts = { secretKeyMultibase: string; publicKeyMultibase: string };

/** A fresh key, as CERTIFICATE_SIGNING_KEY wants it. */
export function newSigningKey(): SigningKeyParts {
  const { privateKey } = generateKeyPairSync("ed25519");
  const jwk = privateKey.export({ format: "jwk" });
  const seed = Buffer.from(jwk.d!, "base64url");
  const pub = Buffer.from(jwk.x!, "base64url");
  return {
    secretKeyMultibase: `z${base58(new Uint8Array([...SECRET_HEADER, ...seed, ...pub]))}`,
    publicKeyMultibase: `z${base58(new Uint8Array([...PUBLIC_HEADER, ...pub]))}`,
  };
}

/**
 * The public key of a CERTIFICATE_SIGNING_KEY (checked: the public half must belong to the seed), or an Error
 * saying what is wrong with it (never its value).
 */
export function readSigningKey(secretKeyMultibase: string): SigningKeyParts {
  const bad = new Error("CERTIFICATE_SIGNING_KEY: must be an Ed25519 Multikey secretKeyMultibase (z…); npm run cli -- certificates new-key prints one");
  if (!secretKeyMultibase.startsWith("z")) throw bad;
  let bytes: Uint8Array;
  try {
    bytes = unbase58(secretKeyMultibase.slice(1));
  } catch {
    throw bad;
  }
  if (bytes.length !== 66 || bytes[0] !== SECRET_HEADER[0] || bytes[1] !== SECRET_HEADER[1]) throw bad;
  const seed = Buffer.from(bytes.subarray(2, 34));
  const pub = Buffer.from(bytes.subarray(34));
  const derived = createPublicKey(createPrivateKey({ key: { kty: "OKP", crv: "Ed25519", d: seed.toString("base64url"), x: pub.toString("base64url") }, format: "jwk" })).export({ format: "jwk" });
  if (derived.x !== pub.toString("base64url")) throw bad;
  return { secretKeyMultibase, publicKeyMultibase: `z${base58(new Uint8Array([...PUBLIC_HEADER, ...pub]))}` };
}
