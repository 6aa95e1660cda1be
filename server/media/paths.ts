import "server-only";
import path from "node:path";
import { dataDir } from "~/server/env";

/** Where uploaded videos and captions live: $PATHWAY_DATA_DIR/media (the app, the demo seed and the tests alike). */
export function mediaRoot(): string {
  return path.resolve(dataDir(), "media");
}
