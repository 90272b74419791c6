import { describe, expect, it } from 'vitest';
import { afterActivity, clockFromSession, endsAbsolutely, sessionEndsAt, warningAt } from './idle-clock';

const t0 = Date.parse('2026-11-22T10:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();
const min = 60_000;

describe('idle clock', () => {
  it('takes the exact idle time from a fresh login and warns two minutes before the end', () => {
    const clock = clockFromSession({ idleExpiresAt: iso(t0 + 15 * min), absoluteExpiresAt: iso(t0 + 10 * 60 * min), clientNow: t0, serverNow: t0, fresh: true });
    expect(clock.idleMs).toBe(15 * min);
    expect(sessionEndsAt(clock)).toBe(t0 + 15 * min);
    expect(warningAt(clock)).toBe(t0 + 13 * min);
  });

  it('corrects for a client clock that runs five minutes fast', () => {
    const skew = 5 * min;
    const clock = clockFromSession({ idleExpiresAt: iso(t0 + 15 * min), absoluteExpiresAt: iso(t0 + 60 * min), clientNow: t0 + skew, serverNow: t0, fresh: true });
    expect(clock.idleDeadline).toBe(t0 + skew + 15 * min);
  });

  it('rounds the idle time up to whole minutes when last-seen may lie up to a minute back', () => {
    const clock = clockFromSession({ idleExpiresAt: iso(t0 + 14 * min + 20_000), absoluteExpiresAt: iso(t0 + 60 * min), clientNow: t0, serverNow: t0, fresh: false });
    expect(clock.idleMs).toBe(15 * min);
    expect(clock.idleDeadline).toBe(t0 + 14 * min + 20_000);
  });

  it('moves the end forward after activity, assuming the server skipped the last minute', () => {
    const clock = clockFromSession({ idleExpiresAt: iso(t0 + 15 * min), absoluteExpiresAt: iso(t0 + 60 * min), clientNow: t0, serverNow: t0, fresh: true });
    expect(afterActivity(clock, t0 + 30_000)).toBe(clock);
    expect(afterActivity(clock, t0 + 10 * min).idleDeadline).toBe(t0 + 24 * min);
  });

  it('never extends past the absolute end, and says so', () => {
    const clock = clockFromSession({ idleExpiresAt: iso(t0 + 15 * min), absoluteExpiresAt: iso(t0 + 10 * min), clientNow: t0, serverNow: t0, fresh: true });
    expect(sessionEndsAt(afterActivity(clock, t0 + 5 * min))).toBe(t0 + 10 * min);
    expect(endsAbsolutely(clock)).toBe(true);
  });

  it('warns a quarter of the idle time ahead for very short sessions', () => {
    const clock = clockFromSession({ idleExpiresAt: iso(t0 + 2 * min), absoluteExpiresAt: iso(t0 + 60 * min), clientNow: t0, serverNow: t0, fresh: true });
    expect(warningAt(clock)).toBe(t0 + 90_000);
  });
});
