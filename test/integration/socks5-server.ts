/**
 * A minimal SOCKS5 proxy for tests (RFC 1928): no authentication, CONNECT only, IPv4 and domain
 * addresses. It records each target it tunnels to.
 */
import { createServer, connect, type Server, type Socket } from 'node:net';

export interface Socks5Server {
  readonly url: string;
  /** `host:port` of every tunnel opened. */
  readonly targets: string[];
  close(): Promise<void>;
}

function readTarget(request: Buffer): { host: string; port: number } | undefined {
  const type = request[3];
  if (request[1] !== 0x01) return undefined; // CONNECT only
  if (type === 0x01) {
    return { host: [...request.subarray(4, 8)].join('.'), port: request.readUInt16BE(8) };
  }
  if (type === 0x03) {
    const length = request[4]!;
    const host = request.subarray(5, 5 + length).toString();
    return { host, port: request.readUInt16BE(5 + length) };
  }
  return undefined;
}

function serve(client: Socket, targets: string[]): void {
  client.once('data', () => {
    client.write(Buffer.from([0x05, 0x00])); // version 5, no authentication
    client.once('data', (request) => {
      const target = readTarget(request);
      if (target === undefined) {
        client.end(Buffer.from([0x05, 0x07, 0x00, 0x01, 0, 0, 0, 0, 0, 0]));
        return;
      }
      targets.push(`${target.host}:${target.port}`);
      const upstream = connect(target.port, target.host, () => {
        client.write(Buffer.from([0x05, 0x00, 0x00, 0x01, 0, 0, 0, 0, 0, 0]));
        upstream.pipe(client).pipe(upstream);
      });
      upstream.on('error', () => client.destroy());
      client.on('error', () => upstream.destroy());
    });
  });
}

export async function startSocks5Server(): Promise<Socks5Server> {
  const targets: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    serve(client, targets);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  return {
    url: `socks5://127.0.0.1:${port}`,
    targets,
    close: () =>
      new Promise<void>((ok) => {
        for (const s of sockets) s.destroy();
        server.close(() => ok());
      }),
  };
}
