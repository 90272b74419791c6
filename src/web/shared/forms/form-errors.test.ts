import { describe, expect, it } from 'vitest';
import { parseProblem } from '../api/problem';
import { parseDutchDate, problemToFormErrors, validateBsn } from './form-errors';

const msg = (nl: string) => ({ nl, en: `${nl} (en)` });

describe('problemToFormErrors', () => {
  it('puts each invalid parameter on the field with that name', () => {
    const problem = parseProblem(400, {
      code: 'validation.invalid',
      detail: 'Een of meer velden zijn niet goed ingevuld.',
      messages: msg('Een of meer velden zijn niet goed ingevuld.'),
      invalidParams: [
        { name: 'username', code: 'username', reason: 'x', messages: msg('Gebruikersnaam klopt niet') },
        { name: 'roles.0', code: 'enum', reason: 'x', messages: msg('Onbekende rol') },
        { name: 'unknownField', code: 'x', reason: 'x', messages: msg('Iets anders') },
      ],
    });
    const errors = problemToFormErrors(problem, ['username', 'roles', 'password']);
    expect(errors.fields).toEqual({ username: msg('Gebruikersnaam klopt niet'), roles: msg('Onbekende rol') });
    expect(errors.general).toEqual([msg('Iets anders')]);
  });

  it('uses the problem itself when no field is named, and follows aliases', () => {
    const wrongPassword = parseProblem(401, { code: 'auth.invalid_credentials', detail: 'klopt niet', messages: msg('klopt niet') });
    expect(problemToFormErrors(wrongPassword, ['password'])).toEqual({ fields: {}, general: [msg('klopt niet')] });
    const aliased = parseProblem(400, { code: 'v', detail: '', invalidParams: [{ name: 'subjectBsn', reason: 'r', messages: msg('r') }] });
    expect(problemToFormErrors(aliased, ['bsn'], { subjectBsn: 'bsn' }).fields).toEqual({ bsn: msg('r') });
  });
});

describe('client-side checks', () => {
  it('checks a BSN with the elfproef', () => {
    expect(validateBsn('999993653')).toBeUndefined();
    expect(validateBsn(' 123456782 ')).toBeUndefined();
    expect(validateBsn('')).toEqual({ key: 'form.required' });
    expect(validateBsn('12345')).toEqual({ key: 'form.bsnFormat' });
    expect(validateBsn('010008579')).toEqual({ key: 'form.bsnInvalid' });
    expect(validateBsn('000000000')).toEqual({ key: 'form.bsnInvalid' });
  });

  it('reads dates the Dutch way and rejects impossible ones', () => {
    expect(parseDutchDate('15-06-1985')).toBe('1985-06-15');
    expect(parseDutchDate('5-6-1985')).toBe('1985-06-05');
    expect(parseDutchDate('1985-06-15')).toBe('1985-06-15');
    expect(parseDutchDate('31-02-2020')).toBeUndefined();
    expect(parseDutchDate('gisteren')).toBeUndefined();
  });
});
