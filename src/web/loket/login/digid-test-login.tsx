import { Alert, Button, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiRequest } from '../../shared/api/api-client';
import { pick } from '../../shared/api/problem';
import type { DemoPersona, SessionInfo } from '../../shared/api/types';
import { useApi } from '../../shared/api/use-api';
import { ErrorAlert, Loading } from '../../shared/components/status';
import { ErrorSummary } from '../../shared/forms/error-summary';
import { TextField } from '../../shared/forms/fields';
import { validateBsn } from '../../shared/forms/form-errors';
import { useFormErrors } from '../../shared/forms/use-form-errors';
import { formatDate } from '../../shared/format/format';
import { useSession } from '../../shared/session/session-context';

const fields = {
  bsn: { id: 'testlogin-bsn', label: 'testLogin.bsnLabel' },
};

/** The demo's stand-in for DigiD: pick a demo resident or type a BSN. Off in production. */
export function DigidTestLogin() {
  const { t, i18n } = useTranslation();
  const personas = useApi((signal) => apiRequest<DemoPersona[]>('GET', '/api/auth/digid-test/residents', { signal }).then((r) => r.data));
  const { loggedIn } = useSession();
  const form = useFormErrors(fields);
  const [bsn, setBsn] = useState('');
  const [busy, setBusy] = useState<string | undefined>();

  const login = async (value: string) => {
    setBusy(value);
    try {
      const { data, meta } = await apiRequest<SessionInfo>('POST', '/api/auth/digid-test/login', { body: { bsn: value }, ignoreSessionLoss: true });
      loggedIn(data, meta);
    } catch (error) {
      // "No test person with this BSN" is about the typed number: show it at the field.
      form.showError(error, (e) => (e.code === 'auth.test_person_unknown' ? { fields: { bsn: e.problem.messages }, general: [] } : undefined));
      setBusy(undefined);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (form.check({ bsn: validateBsn(bsn) })) void login(bsn.trim());
  };

  return (
    <section className="eenloket-section" aria-labelledby="testlogin-heading">
      <Heading2 id="testlogin-heading">{t('testLogin.heading')}</Heading2>
      <Alert type="warning">
        <Paragraph>{t('testLogin.warning')}</Paragraph>
      </Alert>
      <Heading3>{t('testLogin.personasHeading')}</Heading3>
      {personas.loading && <Loading label={t('testLogin.loading')} />}
      {personas.error && <ErrorAlert error={personas.error} />}
      {personas.data && (
        <ul className="eenloket-persona-list">
          {personas.data.map((persona) => (
            <li key={persona.bsn} className="eenloket-card">
              <Paragraph>
                <strong>{persona.name}</strong>
                <br />
                {t('testLogin.born', { date: formatDate(persona.birthDate) })}
              </Paragraph>
              <Paragraph>{pick(persona.description, i18n.language)}</Paragraph>
              <Button appearance="secondary-action-button" busy={busy === persona.bsn} disabled={Boolean(busy)} onClick={() => void login(persona.bsn)}>
                {t('testLogin.loginAs', { name: persona.name })}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <form className="eenloket-form" noValidate onSubmit={submit} aria-labelledby="testlogin-bsn-heading">
        <Heading3 id="testlogin-bsn-heading">{t('testLogin.bsnHeading')}</Heading3>
        <ErrorSummary {...form.summary} />
        <TextField
          id={fields.bsn.id}
          name="bsn"
          label={t('testLogin.bsnLabel')}
          description={t('testLogin.bsnHelp')}
          error={form.fieldError('bsn')}
          inputMode="numeric"
          autoComplete="off"
          value={bsn}
          onChange={(e) => setBsn(e.target.value)}
        />
        <Button type="submit" appearance="primary-action-button" busy={busy === bsn.trim()} disabled={Boolean(busy)}>
          {t('testLogin.submit')}
        </Button>
      </form>
    </section>
  );
}
