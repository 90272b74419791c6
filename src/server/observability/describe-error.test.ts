import { DrizzleQueryError } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { describeErrorForLog, safeErrorMessage, scrubPersonalData } from './describe-error.js';

describe('scrubPersonalData', () => {
  it('replaces email addresses, also inside SMTP replies, and BSN-like numbers', () => {
    expect(scrubPersonalData('550 <j.de-vries+aanvraag@voorbeeldstad.nl>: Recipient refused')).toBe('550 <[email]>: Recipient refused');
    // Over-scrubbing is the safe side: "to=" may be part of an address, so it goes too.
    expect(scrubPersonalData('to=Anna.Jansen@Example.COM, bsn 999993653')).toBe('[email], bsn [bsn]');
  });

  it('leaves stack frames of scoped packages readable', () => {
    const frame = 'at run (file:///app/node_modules/@electric-sql/pglite/dist/index.js:1:2)';
    expect(scrubPersonalData(frame)).toBe(frame);
  });
});

describe('safeErrorMessage and describeErrorForLog', () => {
  it('names the error, scrubs and truncates the message', () => {
    expect(safeErrorMessage(new TypeError('bad a@b.nl'))).toBe('TypeError: bad [email]');
    expect(safeErrorMessage('thrown string')).toBe('Non-error thrown: thrown string');
    expect(safeErrorMessage(new Error('x'.repeat(5000)))).toHaveLength(1000);
  });

  it('drops the parameter values Drizzle puts in its message and stack', () => {
    const error = new DrizzleQueryError('insert into "outgoing_emails" values ($1, $2)', ['anna@example.nl', 'Beste Anna'], new Error('connection lost'));
    expect(safeErrorMessage(error)).toBe('DrizzleQueryError: Failed query: insert into "outgoing_emails" values ($1, $2) (connection lost)');
    expect(JSON.stringify(describeErrorForLog(error))).not.toMatch(/anna|Beste/i);
  });

  it('logs code, SMTP response code and stack frames, never the raw message', () => {
    const error = Object.assign(new Error('550 <a@b.nl> refused'), { code: 'EENVELOPE', responseCode: 550 });
    const fields = describeErrorForLog(error);
    expect(fields).toMatchObject({ type: 'Error', code: 'EENVELOPE', responseCode: 550, message: 'Error: 550 <[email]> refused' });
    expect(fields.stack).toMatch(/^ {4}at /);
    expect(JSON.stringify(fields)).not.toContain('a@b.nl');
  });
});
