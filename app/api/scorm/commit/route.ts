import { route } from "~/server/http/route";
import { ScormCommitInput, SCORM_COMMIT_MAX_BYTES } from "~/lib/schemas/scorm-player";
import { commitScorm } from "~/server/scorm/runtime";
import { readCommitBody } from "~/server/scorm/serve";
import { consumeLimit } from "~/server/security/rate-limit";

export const dynamic = "force-dynamic";

/** A SCO's commit from the lesson page: JSON by fetch (keepalive), or the same JSON as text by navigator.sendBeacon. */
export const POST = route({ name: "scorm-commit", sameOrigin: true }, async ({ req, actor }) => {
  await consumeLimit("scormCommit", actor.id);
  const input = ScormCommitInput.parse(await readCommitBody(req, SCORM_COMMIT_MAX_BYTES));
  const { lessonId, ...commit } = input;
  return Response.json(await commitScorm(actor, lessonId, commit, new Date()), { headers: { "Cache-Control": "no-store" } });
});
