import { DataList, DataListItem, DataListKey, DataListValue, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { api } from '../../shared/api/api-client';
import { pick, type LocalizedText } from '../../shared/api/problem';
import type { RegelingVersionDocument } from '../../shared/api/types';
import { useApi } from '../../shared/api/use-api';
import { ErrorAlert, Loading } from '../../shared/components/status';
import { PageHeading } from '../../shared/layout/page-heading';
import { useSession } from '../../shared/session/session-context';
import { can } from '../permissions';
import { DecisionModels } from './decision-models';
import { PublishVersion } from './publish-version';
import { editableTexts, VersionEditor } from './version-editor';
import { VersionPreview } from './version-preview';
import { documentFiles, versionDocuments } from './version-problems';
import { Notice, noticeFrom } from '../notice';

/** One version of a regeling: a draft is edited and published here; other versions are read only. */
export function VersionPage() {
  const { t, i18n } = useTranslation();
  const { id = '', version = '' } = useParams();
  const location = useLocation();
  const notice = noticeFrom(location.state);
  const { principal } = useSession();
  const document = useApi((signal) => api.get<RegelingVersionDocument>(`/api/werkplek/regelingen/${encodeURIComponent(id)}/versions/${encodeURIComponent(version)}`, { signal }), `${id}:${version}`);
  const [saves, setSaves] = useState(0);
  const [dirty, setDirty] = useState(false);
  const doc = document.data;
  const label = doc ? pick(doc.content.meta.label as LocalizedText, i18n.language) : '';
  const title = doc ? t('regelingen.version.heading', { version: doc.version, label }) : t('regelingen.version.title');
  const editable = doc?.status === 'concept' && can(principal, 'regelingManage');
  // A draft's form is shown only to a functional administrator (the server allows no one else).
  const previewable = doc && (doc.status !== 'concept' || can(principal, 'regelingManage'));

  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <Paragraph>
        <Link to={`/regelingen/${encodeURIComponent(id)}`} className="utrecht-link utrecht-link--html-a">
          {t('regelingen.version.back')}
        </Link>
      </Paragraph>
      <Notice message={notice} />
      {document.loading && <Loading />}
      {document.error && <ErrorAlert error={document.error} />}
      {doc && (
        <>
          <DataList>
            <DataListItem>
              <DataListKey>{t('regelingen.versions.status')}</DataListKey>
              <DataListValue>{t(`regelingen.versionStatuses.${doc.status}`, { defaultValue: doc.status })}</DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>{t('regelingen.versions.origin')}</DataListKey>
              <DataListValue>{t(`regelingen.origins.${doc.origin}`, { defaultValue: doc.origin })}</DataListValue>
            </DataListItem>
          </DataList>
          {!editable && <Paragraph className="eenloket-notice">{doc.status === 'concept' ? t('regelingen.readOnly') : t('regelingen.version.notEditable')}</Paragraph>}
          {editable ? <VersionEditor document={doc} onSaved={() => setSaves((n) => n + 1)} onDirty={setDirty} /> : <ReadOnlyDocuments document={doc} />}
          <DecisionModels key={`${doc.regelingId}:${doc.version}`} document={doc} editable={editable} canTest={can(principal, 'regelingManage')} />
          {previewable && <VersionPreview regelingId={doc.regelingId} version={doc.version} refresh={saves} />}
          {editable && <PublishVersion regelingId={doc.regelingId} version={doc.version} dirty={dirty} />}
        </>
      )}
    </>
  );
}

function ReadOnlyDocuments(props: { document: RegelingVersionDocument }) {
  const { t } = useTranslation();
  const texts = editableTexts(props.document);
  return (
    <section className="eenloket-section" aria-labelledby="versie-documenten">
      <Heading2 id="versie-documenten">{t('regelingen.version.documents')}</Heading2>
      {versionDocuments.map((document) => (
        <details key={document} className="eenloket-details">
          <summary>{t(`regelingen.editor.files.${document}`)}</summary>
          {/* Focusable, so keyboard users can scroll a long document (WCAG 2.1.1). */}
          <pre className="eenloket-code-block" tabIndex={0} role="region" aria-label={documentFiles[document]}>
            {texts[document]}
          </pre>
        </details>
      ))}
    </section>
  );
}
