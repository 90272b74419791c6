import pg from 'pg';
import type { PGlite } from '@electric-sql/pglite';

/**
 * LISTEN on one channel. Notifications are a hint, never the only way work is found: a listener
 * that is down (a server restart, a dropped connection) only means the reader falls back to polling
 * until it is back.
 */
export interface Listener {
  /** Stops listening; safe to call twice. */
  close(): Promise<void>;
}

export interface ListenOptions {
  channel: string;
  onNotify: (payload: string) => void;
  /** The connection was lost or could not be made (PostgreSQL; it is tried again, see listenPostgres). */
  onError?: (error: Error) => void;
}

/** LISTEN on the embedded database: its one session delivers NOTIFYs of its own transactions. */
export async function listenPglite(client: PGlite, options: ListenOptions): Promise<Listener> {
  const unlisten = await client.listen(options.channel, (payload) => options.onNotify(payload));
  let closed = false;
  return {
    close: async () => {
      if (closed || client.closed) return;
      closed = true;
      await unlisten();
    },
  };
}

/**
 * LISTEN on PostgreSQL over a connection of its own (a pooled connection goes back to the pool, and
 * its LISTEN with it). A lost or refused connection is tried again every `retryMs`.
 */
export async function listenPostgres(url: string, options: ListenOptions & { retryMs?: number }): Promise<Listener> {
  const retryMs = options.retryMs ?? 2_000;
  let client: pg.Client | undefined;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;

  const connect = async () => {
    const next = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
    // 'error' comes before 'end' when the connection breaks; 'end' alone after a clean close.
    next.on('error', (error) => options.onError?.(error));
    next.on('end', () => {
      if (client === next) client = undefined;
      if (!closed) scheduleRetry();
    });
    next.on('notification', (message) => options.onNotify(message.payload ?? ''));
    // A failed connect closes its own socket ('end' then schedules the next attempt).
    await next.connect();
    if (closed) return void (await next.end());
    client = next;
    try {
      // The channel is ours, not user input; quoted as an identifier all the same.
      await next.query(`LISTEN ${pg.escapeIdentifier(options.channel)}`);
    } catch (error) {
      // Connected but not listening is of no use: close it, and the next attempt starts afresh.
      client = undefined;
      await next.end();
      throw error;
    }
  };

  const attempt = () =>
    connect().catch((error: unknown) => {
      options.onError?.(error instanceof Error ? error : new Error(String(error)));
      scheduleRetry();
    });

  const scheduleRetry = () => {
    if (retry || closed) return;
    retry = setTimeout(() => {
      retry = undefined;
      void attempt();
    }, retryMs);
  };

  // Never throws: without a connection the reader polls, and the listener keeps trying.
  await attempt();
  return {
    close: async () => {
      closed = true;
      clearTimeout(retry);
      const current = client;
      client = undefined;
      await current?.end();
    },
  };
}
