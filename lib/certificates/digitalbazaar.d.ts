// The few parts of Digital Bazaar's VC libraries (plain JavaScript, no types) that server/certificates uses.

declare module "@digitalbazaar/vc" {
  export function issue(options: { credential: object; suite: unknown; documentLoader: unknown }): Promise<object>;
  export function verifyCredential(options: { credential: object; suite: unknown; documentLoader: unknown }): Promise<unknown>;
}

declare module "@digitalbazaar/data-integrity" {
  export class DataIntegrityProof {
    constructor(options: { signer?: unknown; cryptosuite: unknown });
  }
}

declare module "@digitalbazaar/eddsa-rdfc-2022-cryptosuite" {
  export const cryptosuite: unknown;
}

declare module "@digitalbazaar/ed25519-multikey" {
  export type KeyPair = { signer(): unknown; verifier(): unknown; publicKeyMultibase: string };
  export function from(key: { id?: string; controller?: string; publicKeyMultibase: string; secretKeyMultibase?: string }): Promise<KeyPair>;
  export function generate(options?: { id?: string; controller?: string }): Promise<KeyPair>;
}
