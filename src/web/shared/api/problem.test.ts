import { describe, expect, it } from 'vitest';
import { isSessionLost, parseProblem, pick } from './problem';

describe('parseProblem', () => {
  it('keeps the code, both messages and the field errors of a problem+json body', () => {
    const problem = parseProblem(400, {
      type: 'urn:eenloket:problem:validation.invalid',
      title: 'Ongeldige invoer',
      status: 400,
      detail: 'Een of meer velden zijn niet goed ingevuld.',
      code: 'validation.invalid',
      messages: { nl: 'Een of meer velden zijn niet goed ingevuld.', en: 'One or more fields are not filled in correctly.' },
      invalidParams: [{ name: 'bsn', code: 'bsn.elfproef', reason: 'Dit BSN klopt niet.', messages: { nl: 'Dit BSN klopt niet.', en: 'This BSN is not valid.' } }],
    });
    expect(problem.code).toBe('validation.invalid');
    expect(pick(problem.messages, 'en')).toBe('One or more fields are not filled in correctly.');
    expect(problem.invalidParams).toEqual([
      { name: 'bsn', code: 'bsn.elfproef', reason: 'Dit BSN klopt niet.', messages: { nl: 'Dit BSN klopt niet.', en: 'This BSN is not valid.' } },
    ]);
  });

  it('turns an HTML error page or an empty body into a generic problem with the status kept', () => {
    const problem = parseProblem(502, '<html>Bad gateway</html>');
    expect(problem).toMatchObject({ status: 502, code: 'unexpected' });
    expect(problem.messages.nl).toMatch(/Probeer het later opnieuw/);
    expect(parseProblem(500, undefined).code).toBe('unexpected');
  });

  it('fills in missing translations and drops malformed field errors', () => {
    const problem = parseProblem(400, { code: 'x', detail: 'Alleen Nederlands', invalidParams: [{ reason: 'zonder naam' }, 'onzin', { name: 'a', reason: 'r' }] });
    expect(problem.messages).toEqual({ nl: 'Alleen Nederlands', en: 'Alleen Nederlands' });
    expect(problem.invalidParams).toEqual([{ name: 'a', code: '', reason: 'r', messages: { nl: 'r', en: 'r' } }]);
  });

  it('recognises the 401s that mean the session is gone, not a wrong password', () => {
    expect(isSessionLost(parseProblem(401, { code: 'session.expired', detail: '' }))).toBe(true);
    expect(isSessionLost(parseProblem(401, { code: 'auth.unauthenticated', detail: '' }))).toBe(true);
    expect(isSessionLost(parseProblem(401, { code: 'auth.invalid_credentials', detail: '' }))).toBe(false);
  });
});
