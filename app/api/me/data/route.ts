import { route } from "~/server/http/route";
import { download } from "~/server/http/download";
import { myData, myDataFileName } from "~/server/privacy/my-data";

export const dynamic = "force-dynamic";

/** "Download my data": everything Pathway holds about the signed-in person, as one JSON file (server/privacy/my-data.ts). */
export const GET = route({ name: "my-data" }, async ({ actor }) => {
  const asOf = new Date();
  const data = await myData(actor.id, asOf);
  return download(JSON.stringify(data, null, 2), { type: "application/json; charset=utf-8", fileName: myDataFileName(actor.employeeId, asOf) });
});
