import { Button, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api } from '../../shared/api/api-client';
import { pick } from '../../shared/api/problem';
import type { Application, RegelingSummary } from '../../shared/api/types';
import { useApi } from '../../shared/api/use-api';
import { ErrorAlert } from '../../shared/components/status';
import { ErrorSummary } from '../../shared/forms/error-summary';
import { SelectField, TextField } from '../../shared/forms/fields';
import { validateBsn, type Message } from '../../shared/forms/form-errors';
import { useFormErrors } from '../../shared/forms/use-form-errors';
import { useMessage } from '../../shared/forms/use-message';
import { PageHeading } from '../../shared/layout/page-heading';

const fields = {
  regelingId: { id: 'papier-regeling', label: 'applications.paper.regeling' },
  bsn: { id: 'papier-bsn', label: 'applications.paper.bsn' },
};

/**
 * Step one of entering a paper application: which regeling and which resident. The BSN goes in
 * the request body, never in the address; the draft is prefilled from the registries.
 */
export function PaperStartPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const resolve = useMessage();
  const form = useFormErrors(fields);
  const regelingen = useApi((signal) => api.get<RegelingSummary[]>('/api/regelingen', { signal }));
  const [regelingId, setRegelingId] = useState('');
  const [bsn, setBsn] = useState('');
  // The elfproef as soon as the field is left, next to the field; the summary is for submitting.
  const [bsnInline, setBsnInline] = useState<Message | undefined>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBsnInline(undefined);
    if (!form.check({ regelingId: regelingId ? undefined : { key: 'form.chooseOne' }, bsn: validateBsn(bsn) })) return;
    setBusy(true);
    try {
      const draft = await api.post<Application>('/api/werkplek/applications/paper', { regelingId, bsn: bsn.trim() });
      navigate(`/aanvragen/${draft.id}/invoeren`);
    } catch (error) {
      // "Not in the registry" is about the BSN the person typed.
      form.showError(error, (e) => (e.code === 'person.not_found' ? { fields: { bsn: e.problem.messages }, general: [] } : undefined));
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeading title={t('applications.paper.title')}>{t('applications.paper.title')}</PageHeading>
      <Paragraph>
        <Link to="/aanvragen" className="utrecht-link utrecht-link--html-a">
          {t('applications.page.back')}
        </Link>
      </Paragraph>
      <Paragraph>{t('applications.paper.intro')}</Paragraph>
      {regelingen.error && <ErrorAlert error={regelingen.error} />}
      <form className="eenloket-form" noValidate onSubmit={(e) => void submit(e)} aria-label={t('applications.paper.title')}>
        <ErrorSummary {...form.summary} />
        <SelectField
          id={fields.regelingId.id}
          name="regelingId"
          label={t('applications.paper.regeling')}
          error={form.fieldError('regelingId')}
          placeholder={t('applications.paper.chooseRegeling')}
          options={(regelingen.data ?? []).map((r) => ({ value: r.id, label: pick(r.name, i18n.language) }))}
          value={regelingId}
          onChange={(e) => setRegelingId(e.target.value)}
        />
        <TextField
          id={fields.bsn.id}
          name="bsn"
          label={t('applications.paper.bsn')}
          description={t('applications.paper.bsnHelp')}
          inputMode="numeric"
          autoComplete="off"
          size={11}
          error={form.fieldError('bsn') ?? resolve(bsnInline)}
          value={bsn}
          onChange={(e) => {
            setBsn(e.target.value);
            if (bsnInline && !validateBsn(e.target.value)) setBsnInline(undefined);
          }}
          onBlur={() => setBsnInline(bsn.trim() ? validateBsn(bsn) : undefined)}
        />
        <Paragraph>{t('applications.paper.recorded')}</Paragraph>
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          {t('applications.paper.create')}
        </Button>
      </form>
    </>
  );
}
