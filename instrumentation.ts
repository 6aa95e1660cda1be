// Next.js calls register() once when a server process starts. The background job worker (reminders, mail delivery)
// runs inside the app process on the Node.js runtime — never per request, never on the edge — unless PATHWAY_JOBS=0
// (server/jobs/worker.ts decides, from env()). NEXT_RUNTIME is Next.js's own marker, inlined at build time.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startAppJobWorker } = await import("./server/jobs/worker");
  await startAppJobWorker();
}
