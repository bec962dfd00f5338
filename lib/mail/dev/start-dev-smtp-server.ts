// The local SMTP server for development and tests: a real SMTP server (the `smtp-server` package) that accepts
// every message and keeps it as an .eml file, so /dev/mail can show exactly what a shopper would receive.
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { SMTPServer } from "smtp-server";

export type DevSmtpServer = { url: string; port: number; stop(): Promise<void> };

/** Starts the server on 127.0.0.1:`port` (0 = any free port), storing messages in `dir`. */
export async function startDevSmtpServer({ port, dir }: { port: number; dir: string }): Promise<DevSmtpServer> {
  fs.mkdirSync(dir, { recursive: true });
  const server = new SMTPServer({
    // Plain SMTP on loopback: no TLS certificate to trust, no login to configure.
    disabledCommands: ["STARTTLS", "AUTH"],
    authOptional: true,
    logger: false,
    banner: "Box Office development mail",
    size: 25 * 1024 * 1024,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("error", callback);
      stream.on("end", () => {
        try {
          const name = `${new Date().toISOString().replace(/[:.]/g, "-")}-${randomUUID()}.eml`;
          // Written whole, then renamed: a reader never sees half a message.
          const temporary = path.join(dir, `.${name}.tmp`);
          fs.writeFileSync(temporary, Buffer.concat(chunks));
          fs.renameSync(temporary, path.join(dir, name));
          callback();
        } catch (error) {
          callback(error as Error);
        }
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const address = server.server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  return {
    url: `smtp://127.0.0.1:${actualPort}`,
    port: actualPort,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
