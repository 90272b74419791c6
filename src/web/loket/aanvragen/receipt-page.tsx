import { Alert, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { pick } from '../../shared/api/problem';
import { ErrorAlert, Loading } from '../../shared/components/status';
import { formatLongDate } from '../../shared/format/format-text';
import { PageHeading } from '../../shared/layout/page-heading';
import { valueAt, type FormData } from '../../shared/rjsf/form-model';
import { buttonLinkClass } from '../button-link';
import { applicationPath, useApplication } from './use-application';

/** /aanvragen/:id/bevestiging — the receipt: reference, what happens next and the decision date. */
export function ReceiptPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { application, form } = useApplication(id);
  if (application.error) return <ErrorAlert error={application.error} />;
  if (!application.data || !form.data) return <Loading />;
  const a = application.data;
  const lang = i18n.language;
  const waitingForPartner = a.status === 'medeondertekening';
  const email = valueAt(a.data as FormData, form.data.contact?.email);
  return (
    <>
      <PageHeading title={t('receipt.title')}>{t('receipt.heading')}</PageHeading>
      <Alert type="ok">
        <Paragraph>{t('receipt.sent', { regeling: pick(a.regeling.name, lang) })}</Paragraph>
        <Paragraph>
          {t('receipt.reference')} <strong className="eenloket-reference">{a.reference}</strong>
        </Paragraph>
      </Alert>
      <Paragraph>{t('receipt.keepReference')}</Paragraph>
      {typeof email === 'string' && email && <Paragraph>{t('receipt.emailSent', { email })}</Paragraph>}
      <section className="eenloket-section" aria-labelledby="wat-nu">
        <Heading2 id="wat-nu">{t('receipt.nextHeading')}</Heading2>
        <UnorderedList>
          {waitingForPartner ? (
            <>
              <UnorderedListItem>{t('receipt.partnerMustSign')}</UnorderedListItem>
              <UnorderedListItem>{t('receipt.termAfterSigning', { weeks: a.decisionTermWeeks ?? form.data.decisionTermWeeks })}</UnorderedListItem>
            </>
          ) : (
            <>
              <UnorderedListItem>{t('receipt.weCheck')}</UnorderedListItem>
              {a.decisionDue && <UnorderedListItem>{t('receipt.decisionBy', { date: formatLongDate(a.decisionDue, lang) })}</UnorderedListItem>}
            </>
          )}
          <UnorderedListItem>{t('receipt.maybeQuestions')}</UnorderedListItem>
        </UnorderedList>
      </section>
      <div className="eenloket-actions">
        <Link to={applicationPath(id, 'status')} className={buttonLinkClass('primary')}>
          {t('receipt.toStatus')}
        </Link>
        <Link to="/aanvragen" className="utrecht-link utrecht-link--html-a">
          {t('receipt.toList')}
        </Link>
      </div>
    </>
  );
}
