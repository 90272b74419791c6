import { Writable } from 'node:stream';
import { DrizzleQueryError } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.js';

function captured() {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  return { logger: createLogger('info', sink), lines };
}

describe('createLogger', () => {
  it('logs an error under err without its properties: a failed query keeps its SQL and reason, not its values', () => {
    const { logger, lines } = captured();
    const failed = new DrizzleQueryError('insert into persons (name, email, bsn) values ($1, $2, $3)', ['Fatima El Amrani', 'fatima@voorbeeld.nl', '999993653'], new Error('duplicate key value'));
    logger.error({ err: failed }, 'unhandled error');
    const line = JSON.parse(lines[0]!) as { err: Record<string, unknown>; msg: string };
    expect(line.msg).toBe('unhandled error');
    expect(line.err).toMatchObject({ type: 'DrizzleQueryError' });
    expect(String(line.err.message)).toContain('insert into persons (name, email, bsn) values ($1, $2, $3)');
    expect(String(line.err.message)).toContain('duplicate key value');
    expect(lines[0]).not.toContain('Fatima');
    expect(lines[0]).not.toContain('fatima@voorbeeld.nl');
    expect(lines[0]).not.toContain('999993653');
    expect(line.err).not.toHaveProperty('params');
  });

  it('leaves a plain object under err as it is, and still scrubs a BSN in it', () => {
    const { logger, lines } = captured();
    logger.warn({ err: { message: 'timeout after 5000 ms for 999993653' } }, 'registry not reachable');
    const line = JSON.parse(lines[0]!) as { err: { message: string } };
    expect(line.err.message).toBe('timeout after 5000 ms for [bsn]');
  });
});
