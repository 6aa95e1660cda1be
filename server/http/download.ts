import "server-only";
import { AppError } from "~/server/errors";
import { contentDisposition, type DispositionType } from "~/server/http/content-disposition";

export const CSV_TYPE = "text/csv; charset=utf-8";
export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const ICS_TYPE = "text/calendar; charset=utf-8";

export type DownloadOptions = {
  type: string;
  fileName: string;
  disposition?: DispositionType;
  /** Default no-store: exports hold personal data and change with every record. */
  cacheControl?: string;
  headers?: Record<string, string>;
};

/** A file (or a stream of one) for the browser to save or show (`inline`), named through the one Content-Disposition helper. */
export function download(body: string | Uint8Array | ReadableStream<Uint8Array>, options: DownloadOptions): Response {
  return new Response(typeof body === "string" || body instanceof ReadableStream ? body : new Uint8Array(body), {
    headers: {
      "Content-Type": options.type,
      "Content-Disposition": contentDisposition(options.fileName, options.disposition),
      "Cache-Control": options.cacheControl ?? "no-store",
      ...options.headers,
    },
  });
}

/**
 * CSV text as a download; `excel` puts a byte-order mark in front, without which Excel reads UTF-8 as the local
 * code page (é → Ã©).
 */
export function csvDownload(csv: string, fileName: string, options: { excel?: boolean; disposition?: DispositionType } = {}): Response {
  return download(options.excel ? `\uFEFF${csv}` : csv, { type: CSV_TYPE, fileName, disposition: options.disposition });
}

/** A stored file's reply (status, caching and range headers, bytes) as the response; null: the file is gone. */
export function storedFileResponse(reply: { status: number; headers: Record<string, string>; body: ReadableStream<Uint8Array> | null } | null): Response {
  if (!reply) throw new AppError("NOT_FOUND", "common.notFound");
  return new Response(reply.body, { status: reply.status, headers: reply.headers });
}
