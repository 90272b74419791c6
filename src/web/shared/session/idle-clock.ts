// When does this browser's session end, and when should we warn? The server decides (it ends a
// session after SESSION_IDLE_MINUTES without requests); the client mirrors that conservatively
// so it can warn in time (WCAG 2.2.1: the user can extend before the time runs out).

/** The server refreshes last-seen at most once a minute (sessions.ts TOUCH_INTERVAL_MS). */
export const SERVER_TOUCH_INTERVAL_MS = 60_000;
/** Warn this long before the end, or a quarter of the idle time for very short sessions. */
export const WARNING_LEAD_MS = 2 * 60_000;

export interface IdleClock {
  /** Idle time the server allows, estimated from the first session response. */
  idleMs: number;
  /** Client clock (ms) at which the server will consider the session idle. */
  idleDeadline: number;
  /** Client clock (ms) of the absolute end (a fixed maximum; staying active does not extend it). */
  absoluteDeadline: number;
}

/**
 * Builds the clock from a session response. Times are shifted by the difference between the
 * server's Date header and the client's clock, so a wrong clock on the PC does not log people
 * out early (or too late).
 */
export function clockFromSession(options: {
  idleExpiresAt: string;
  absoluteExpiresAt: string;
  clientNow: number;
  serverNow: number | undefined;
  /** True right after a login: last-seen is exactly "now", so the idle time is exact. */
  fresh: boolean;
}): IdleClock {
  const { clientNow } = options;
  // The Date header has whole seconds; without it, trust the client's clock.
  const serverNow = options.serverNow ?? clientNow;
  const offset = clientNow - serverNow;
  const idleEnd = Date.parse(options.idleExpiresAt);
  const remaining = idleEnd - serverNow;
  // Later responses may come from a session last touched up to a minute ago; the server's setting
  // is whole minutes, so round up (a minute short would only warn earlier, never later).
  const idleMs = options.fresh ? Math.max(remaining, 1000) : Math.max(60_000, Math.ceil((remaining - 1000) / 60_000) * 60_000);
  return { idleMs, idleDeadline: idleEnd + offset, absoluteDeadline: Date.parse(options.absoluteExpiresAt) + offset };
}

/**
 * After any answered request the server has seen us: it moved last-seen to "now" unless it had
 * done so in the last minute. So the session lasts at least until sentAt − 1 min + idle.
 */
export function afterActivity(clock: IdleClock, sentAt: number): IdleClock {
  const atLeast = sentAt - SERVER_TOUCH_INTERVAL_MS + clock.idleMs;
  return atLeast > clock.idleDeadline ? { ...clock, idleDeadline: atLeast } : clock;
}

export function sessionEndsAt(clock: IdleClock): number {
  return Math.min(clock.idleDeadline, clock.absoluteDeadline);
}

/** True when the end is the absolute maximum, which "stay logged in" cannot move. */
export function endsAbsolutely(clock: IdleClock): boolean {
  return clock.absoluteDeadline <= clock.idleDeadline;
}

export function warningAt(clock: IdleClock): number {
  const lead = Math.min(WARNING_LEAD_MS, clock.idleMs / 4);
  return sessionEndsAt(clock) - lead;
}
