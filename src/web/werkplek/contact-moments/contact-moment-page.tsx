import { Button, DataList, DataListItem, DataListKey, DataListValue, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { api } from '../../shared/api/api-client';
import type { ContactMoment } from '../../shared/api/types';
import { useApi } from '../../shared/api/use-api';
import { ErrorAlert, Loading } from '../../shared/components/status';
import { ErrorSummary } from '../../shared/forms/error-summary';
import { useFormErrors } from '../../shared/forms/use-form-errors';
import { formatDateTime } from '../../shared/format/format';
import { PageHeading } from '../../shared/layout/page-heading';
import { useSession } from '../../shared/session/session-context';
import type { PersonFileState } from '../persons/person-file-state';
import { PurposeField } from '../persons/purpose-field';
import type { Purpose } from '../persons/purposes';
import { can } from '../permissions';

interface ContactMomentView {
  contactMoment: ContactMoment;
  subject: { bsn: string; name: string | null };
}

/** One contact moment (the id in the URL is not personal data; opening it is a recorded read). */
export function ContactMomentPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const view = useApi((signal) => api.get<ContactMomentView>(`/api/werkplek/contact-moments/${encodeURIComponent(id)}`, { signal }), id);

  if (!view.data) {
    return (
      <>
        <PageHeading title={t('contact.pageTitle')}>{t('contact.pageTitle')}</PageHeading>
        {view.loading && <Loading />}
        {view.error && <ErrorAlert error={view.error} />}
      </>
    );
  }
  const { contactMoment: cm, subject } = view.data;
  const rows: [string, string][] = [
    [t('contact.subject'), `${subject.name ?? t('common.unknown')} (${t('person.bsn')} ${subject.bsn})`],
    [t('home.registeredAt'), formatDateTime(cm.registeredAt)],
    [t('contact.channel'), t(`contact.channels.${cm.channel}`)],
    [t('contact.status'), t(`contact.statuses.${cm.status}`)],
    [t('file.registeredBy'), cm.registeredByName ?? t('common.unknown')],
    [t('contact.summary'), cm.summary],
  ];
  return (
    <>
      <PageHeading title={`${t('contact.pageTitle')}: ${cm.topic}`}>{t('contact.pageHeading', { topic: cm.topic })}</PageHeading>
      <DataList>
        {rows.map(([key, value]) => (
          <DataListItem key={key}>
            <DataListKey>{key}</DataListKey>
            <DataListValue multiline={key === t('contact.summary')}>{value}</DataListValue>
          </DataListItem>
        ))}
      </DataList>
      <OpenSubjectFile bsn={subject.bsn} />
    </>
  );
}

const fields = {
  purpose: { id: 'cm-dossier-doel', label: 'purpose.label' },
};

/** Opening the resident's file is a new read, so it asks for its own purpose. */
function OpenSubjectFile(props: { bsn: string }) {
  const { t } = useTranslation();
  const { principal } = useSession();
  const navigate = useNavigate();
  const form = useFormErrors(fields);
  const [purpose, setPurpose] = useState('');
  if (!can(principal, 'personSearch')) return null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.check({ purpose: purpose ? undefined : { key: 'form.chooseOne' } })) return;
    const state: PersonFileState = { bsn: props.bsn, purpose: purpose as Purpose };
    navigate('/personen/dossier', { state });
  };

  return (
    <section className="eenloket-section" aria-labelledby="cm-dossier">
      <Heading2 id="cm-dossier">{t('contact.openFileHeading')}</Heading2>
      <form className="eenloket-form" noValidate onSubmit={submit} aria-labelledby="cm-dossier">
        <ErrorSummary {...form.summary} />
        <PurposeField id={fields.purpose.id} value={purpose} onChange={setPurpose} error={form.fieldError('purpose')} />
        <Paragraph>
          <Button type="submit" appearance="primary-action-button">
            {t('contact.openFile')}
          </Button>
        </Paragraph>
      </form>
    </section>
  );
}
