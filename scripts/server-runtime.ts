// How scripts start a TypeScript process: tsx with the app's server module condition (`react-server`), so that
// `server-only` modules load as they do in Next.js's server and the CLI, the benchmarks and their tests run the very
// modules the app runs. The npm scripts in package.json pass the same flags.
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

export const SERVER_CONDITIONS = "--conditions=react-server";

const tsx = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;

/** `node` arguments that run the TypeScript file `file` with `args` as the app's server would load it. */
export function serverNodeArgs(file: string, ...args: string[]): string[] {
  return [SERVER_CONDITIONS, "--import", tsx, file, ...args];
}
