// A tiny real SMTP server for tests (node:net): nodemailer speaks SMTP to it exactly as to a mail relay.
// It accepts every message (or refuses with a chosen reply code) and keeps what it received.
import { createServer, type Server, type Socket } from "node:net";

export type ReceivedMail = { from: string; to: string[]; data: string; subject: string | null; messageId: string | null };

export type SmtpSink = {
  url: string;
  received: ReceivedMail[];
  /** The reply to the next messages' end of DATA: e.g. "451 4.3.0 Try again later" or "550 5.1.1 No such user". */
  refuseNext(reply: string, times?: number): void;
  close(): Promise<void>;
};

export async function startSmtpSink(): Promise<SmtpSink> {
  const received: ReceivedMail[] = [];
  const refusals: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.setEncoding("utf8");
    let buffer = "";
    let inData = false;
    let envelope = { from: "", to: [] as string[] };
    let data: string[] = [];
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply("220 sink.test ESMTP ready");
    socket.on("data", (chunk: string) => {
      buffer += chunk;
      let i: number;
      while ((i = buffer.indexOf("\r\n")) >= 0) {
        const line = buffer.slice(0, i);
        buffer = buffer.slice(i + 2);
        if (inData) {
          if (line === ".") {
            inData = false;
            const refusal = refusals.shift();
            if (refusal) reply(refusal);
            else {
              const text = data.join("\r\n");
              const header = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, "im").exec(text.split("\r\n\r\n")[0] ?? "")?.[1]?.trim() ?? null;
              received.push({ ...envelope, data: text, subject: header("Subject"), messageId: header("Message-ID") });
              reply("250 2.0.0 queued");
            }
            envelope = { from: "", to: [] };
            data = [];
          } else data.push(line.startsWith("..") ? line.slice(1) : line);
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === "EHLO") reply("250-sink.test\r\n250-8BITMIME\r\n250 SMTPUTF8");
        else if (verb === "HELO") reply("250 sink.test");
        else if (verb === "MAIL") {
          envelope.from = /<([^>]*)>/.exec(line)?.[1] ?? "";
          reply("250 2.1.0 OK");
        } else if (verb === "RCPT") {
          envelope.to.push(/<([^>]*)>/.exec(line)?.[1] ?? "");
          reply("250 2.1.5 OK");
        } else if (verb === "DATA") {
          inData = true;
          reply("354 End data with <CR><LF>.<CR><LF>");
        } else if (verb === "RSET" || verb === "NOOP") reply("250 2.0.0 OK");
        else if (verb === "QUIT") {
          reply("221 2.0.0 Bye");
          socket.end();
        } else reply("502 5.5.2 Command not implemented");
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refuseNext(r, times = 1) {
      for (let k = 0; k < times; k++) refusals.push(r);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
