import { Heading2, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Application, ApplicationDocument, RegelingForm } from '../../shared/api/types';
import { formatDateTime } from '../../shared/format/format';

/** What a document is for: the evidence title of the form, or the scan / an answer to a question. */
export function evidenceTitle(form: RegelingForm | undefined, evidenceId: string, t: TFunction): string {
  if (evidenceId === 'scan') return t('applications.documents.scan');
  if (evidenceId === 'aanvulling') return t('applications.documents.answer');
  return form?.evidence.find((e) => e.id === evidenceId)?.title ?? evidenceId;
}

/** "PDF, 12 kB". */
export function fileDescription(document: Pick<ApplicationDocument, 'mediaType' | 'sizeBytes'>): string {
  const type = document.mediaType === 'application/pdf' ? 'PDF' : document.mediaType === 'image/png' ? 'PNG' : document.mediaType === 'image/jpeg' ? 'JPG' : document.mediaType;
  const size = document.sizeBytes < 1024 * 1024 ? `${Math.max(1, Math.round(document.sizeBytes / 1024))} kB` : `${(document.sizeBytes / 1024 / 1024).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} MB`;
  return `${type}, ${size}`;
}

/** The documents of an application; each opens as a download, and opening one is a recorded read. */
export function ApplicationDocuments(props: { application: Application; form: RegelingForm | undefined }) {
  const { t } = useTranslation();
  const { application } = props;
  return (
    <section className="eenloket-section" aria-labelledby="aanvraag-documenten">
      <Heading2 id="aanvraag-documenten">{t('applications.documents.heading')}</Heading2>
      {application.documents.length === 0 ? (
        <Paragraph>{t('applications.documents.none')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('applications.documents.recorded')}</Paragraph>
          <div className="eenloket-table-wrapper">
            <Table>
              <TableCaption className="eenloket-visually-hidden">{t('applications.documents.caption')}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('applications.documents.evidence')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('applications.documents.file')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('applications.documents.addedBy')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('applications.documents.addedAt')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {application.documents.map((document) => (
                  <TableRow key={document.id}>
                    <TableHeaderCell scope="row">{evidenceTitle(props.form, document.evidenceId, t)}</TableHeaderCell>
                    <TableCell>
                      {/* A plain link: the browser downloads it with the session cookie; GET needs no CSRF token. */}
                      <a className="utrecht-link utrecht-link--html-a" href={`/api/werkplek/applications/${application.id}/documents/${document.id}`} download={document.fileName}>
                        {document.fileName}
                      </a>{' '}
                      ({fileDescription(document)})
                    </TableCell>
                    <TableCell>{t(`applications.actors.${document.uploadedByType}`, { defaultValue: document.uploadedByType })}</TableCell>
                    <TableCell>{formatDateTime(document.createdAt)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </>
      )}
    </section>
  );
}
