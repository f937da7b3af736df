import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { inputError, renderError } from '../errors.js';
import { msg } from '../i18n/message.js';
import { liveReloadScript } from '../package-paths.js';
import type { PreviewEvents } from './preview-events.js';
import { EVENTS_PATH, LIVE_SCRIPT_PATH } from './preview-page.js';

export const DEFAULT_PORT = 4173;
/** The preview listens on the loopback address only: nobody else on the network sees drafts. */
export const PREVIEW_HOST = '127.0.0.1';

export interface PreviewContent {
  /** The page to serve at `/`. */
  page(): string;
  /** The first event a new listener gets: `hello` with the page's version and the banner. */
  hello(): PreviewEvents['hello'];
}

/**
 * A small HTTP server for the preview: the page at `/`, the reload script and a stream of
 * server-sent events. It answers only requests addressed to itself (Host 127.0.0.1 or localhost
 * with its port), so a web page elsewhere cannot read the preview through DNS tricks.
 */
export class PreviewServer {
  private readonly listeners = new Set<ServerResponse>();
  private readonly sockets = new Set<Socket>();
  private readonly heartbeat: NodeJS.Timeout;

  private constructor(
    private readonly server: Server,
    readonly port: number,
    /** The live-reload script (see client/live-reload.ts), as the build bundled it. */
    private readonly script: string,
  ) {
    server.on('connection', (socket: Socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    // A comment line now and then keeps proxies and the browser from dropping a quiet stream.
    this.heartbeat = setInterval(() => this.write(': \n\n'), 20_000);
    this.heartbeat.unref();
  }

  get url(): string {
    return `http://${PREVIEW_HOST}:${this.port}/`;
  }

  /** Listens on 127.0.0.1:`port` (0: any free port). A port in use is an input error (exit code 2). */
  static async start(port: number, content: PreviewContent): Promise<PreviewServer> {
    const script = await readFile(liveReloadScript, 'utf8').catch((error: unknown) => {
      throw renderError(msg('watch.server.scriptMissing', { script: liveReloadScript }), {}, error);
    });
    let self: PreviewServer | undefined;
    const server = createServer((request, response) => self?.handle(request, response, content));
    await new Promise<void>((resolve, reject) => {
      const onError = (error: NodeJS.ErrnoException) => {
        server.close();
        reject(
          error.code === 'EADDRINUSE'
            ? inputError(msg('watch.server.portInUse', { port, next: port + 1 }))
            : error.code === 'EACCES'
              ? inputError(msg('watch.server.portForbidden', { port, suggested: DEFAULT_PORT }))
              : error,
        );
      };
      server.once('error', onError);
      server.listen({ port, host: PREVIEW_HOST, exclusive: true }, () => {
        server.off('error', onError);
        resolve();
      });
    });
    self = new PreviewServer(server, (server.address() as AddressInfo).port, script);
    return self;
  }

  /** Sends one event to every open page. */
  send<E extends keyof PreviewEvents>(event: E, data: PreviewEvents[E]): void {
    this.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  }

  /** How many pages are listening. */
  get clients(): number {
    return this.listeners.size;
  }

  private write(chunk: string): void {
    for (const response of this.listeners) response.write(chunk);
  }

  private handle(request: IncomingMessage, response: ServerResponse, content: PreviewContent): void {
    const host = request.headers.host ?? '';
    if (host !== `${PREVIEW_HOST}:${this.port}` && host !== `localhost:${this.port}`) {
      response.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' }).end('403\n');
      return;
    }
    const url = new URL(request.url ?? '/', this.url);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const common = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };
    if (url.pathname === '/' || url.pathname === '/index.html') {
      response.writeHead(200, { ...common, 'content-type': 'text/html; charset=utf-8' }).end(request.method === 'HEAD' ? undefined : content.page());
    } else if (url.pathname === LIVE_SCRIPT_PATH) {
      response.writeHead(200, { ...common, 'content-type': 'text/javascript; charset=utf-8' }).end(this.script);
    } else if (url.pathname === EVENTS_PATH) {
      response.writeHead(200, { ...common, 'content-type': 'text/event-stream; charset=utf-8', connection: 'keep-alive' });
      response.write(`retry: 500\nevent: hello\ndata: ${JSON.stringify(content.hello())}\n\n`);
      this.listeners.add(response);
      request.on('close', () => this.listeners.delete(response));
    } else {
      response.writeHead(404, { ...common, 'content-type': 'text/plain; charset=utf-8' }).end('404\n');
    }
  }

  /** Ends every event stream and connection and stops listening. */
  async close(): Promise<void> {
    clearInterval(this.heartbeat);
    for (const response of this.listeners) response.end();
    this.listeners.clear();
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      for (const socket of this.sockets) socket.destroy();
    });
  }
}
