// Next.js calls register() once when a server process starts. The background job worker (reminders, mail delivery)
// runs inside the app process on the Node.js runtime — never per request, never on the edge — unless PATHWAY_JOBS=0
// (e.g. a dedicated worker process runs it, or a build-time server).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.PATHWAY_JOBS === "0") return;
  const { startJobWorker } = await import("./server/jobs/worker");
  await startJobWorker();
}
