import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../shared/api/api-client';
import { pick } from '../../shared/api/problem';
import type { RegelingSummary } from '../../shared/api/types';
import { useApi } from '../../shared/api/use-api';
import { ErrorAlert, Loading } from '../../shared/components/status';
import { PageHeading } from '../../shared/layout/page-heading';

/** /regelingen — what a resident can apply for, with a short explanation each. */
export function RegelingenPage() {
  const { t, i18n } = useTranslation();
  const regelingen = useApi((signal) => api.get<RegelingSummary[]>('/api/regelingen', { signal }));
  const lang = i18n.language;
  return (
    <>
      <PageHeading title={t('regelingen.title')}>{t('regelingen.title')}</PageHeading>
      <Paragraph appearance="lead">{t('regelingen.intro')}</Paragraph>
      {regelingen.loading && <Loading />}
      {regelingen.error && <ErrorAlert error={regelingen.error} />}
      {regelingen.data?.length === 0 && <Paragraph>{t('regelingen.none')}</Paragraph>}
      <ul className="eenloket-regeling-list">
        {regelingen.data?.map((r) => (
          <li key={r.id} className="eenloket-card">
            <Heading2>
              <Link to={`/regelingen/${r.id}`} className="utrecht-link utrecht-link--html-a">
                {pick(r.name, lang)}
              </Link>
            </Heading2>
            <Paragraph className="eenloket-tag">{t(`regelingKind.${r.kind}`, { defaultValue: r.kind })}</Paragraph>
            <Paragraph>{pick(r.summary, lang)}</Paragraph>
          </li>
        ))}
      </ul>
    </>
  );
}
