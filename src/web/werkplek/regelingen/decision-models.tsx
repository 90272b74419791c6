import { Button, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegelingVersionDocument } from '../../shared/api/types';
import type { Message } from '../../shared/forms/form-errors';
import { Notice } from '../notice';
import { DmnViewer } from './dmn-viewer';
import { ExampleCheckSection } from './example-check';
import { downloadText, modelFilesOf } from './model-files';
import { VersionFileUpload } from './version-file-upload';

const inputIdOf = (path: string) => `bestand-${path.replace(/[^a-z0-9]+/gi, '-')}`;

/**
 * "Beslismodellen" on a version's page: each model as readable decision tables, with its text as
 * an alternative; for a draft, the functional administrator replaces a model or the examples and
 * tests the examples before publishing.
 */
export function DecisionModels(props: { document: RegelingVersionDocument; editable: boolean; canTest: boolean }) {
  const { t } = useTranslation();
  const { regelingId, version } = props.document;
  // The server accepted exactly this text, so the page shows it without reading the version again.
  const [files, setFiles] = useState(props.document.files);
  const [notice, setNotice] = useState<Message | undefined>();
  // Results of an earlier test run say nothing about a new file: the section starts afresh.
  const [uploads, setUploads] = useState(0);
  const { models, examples } = modelFilesOf(props.document.content.meta);
  const uploaded = (path: string, content: string) => {
    setFiles((f) => ({ ...f, [path]: content }));
    setNotice({ key: 'models.upload.done', values: { file: path } });
    setUploads((n) => n + 1);
  };

  return (
    <>
      <section className="eenloket-section" aria-labelledby="beslismodellen">
        <Heading2 id="beslismodellen">{t('models.heading')}</Heading2>
        <Paragraph>{t('models.intro')}</Paragraph>
        {props.editable && <Paragraph>{t('models.introDraft')}</Paragraph>}
        <Notice message={notice} />
        {models.length === 0 && <Paragraph>{t('models.none')}</Paragraph>}
        {models.map((model) => (
          <section key={model.file} className="eenloket-dmn__model" aria-labelledby={`${inputIdOf(model.file)}-kop`}>
            <Heading3 id={`${inputIdOf(model.file)}-kop`}>{model.file}</Heading3>
            {model.assessment && <Paragraph>{t('models.usedByAssessment')}</Paragraph>}
            {files[model.file] !== undefined && <DmnViewer xml={files[model.file]!} file={model.file} />}
            <TextOf summary={t('models.xml.summary', { file: model.file })} region={t('models.xml.region', { file: model.file })} text={files[model.file] ?? ''} />
            <Button appearance="subtle-button" onClick={() => downloadText(model.file, files[model.file] ?? '', 'application/xml')}>
              {t('models.download', { file: model.file })}
            </Button>
            {props.editable && <VersionFileUpload regelingId={regelingId} version={version} path={model.file} kind="model" inputId={inputIdOf(model.file)} onUploaded={uploaded} onStarted={() => setNotice(undefined)} />}
          </section>
        ))}
        {examples && (
          <section className="eenloket-dmn__model" aria-labelledby={`${inputIdOf(examples)}-kop`}>
            <Heading3 id={`${inputIdOf(examples)}-kop`}>{examples}</Heading3>
            <TextOf summary={t('models.examplesText.summary', { file: examples })} region={t('models.examplesText.region', { file: examples })} text={files[examples] ?? ''} />
            <Button appearance="subtle-button" onClick={() => downloadText(examples, files[examples] ?? '', 'application/json')}>
              {t('models.download', { file: examples })}
            </Button>
            {props.editable && <VersionFileUpload regelingId={regelingId} version={version} path={examples} kind="examples" inputId={inputIdOf(examples)} onUploaded={uploaded} onStarted={() => setNotice(undefined)} />}
          </section>
        )}
      </section>
      {props.canTest && examples && <ExampleCheckSection key={uploads} regelingId={regelingId} version={version} />}
    </>
  );
}

function TextOf(props: { summary: string; region: string; text: string }) {
  return (
    <details className="eenloket-details">
      <summary>{props.summary}</summary>
      {/* Focusable, so keyboard users can scroll a long document (WCAG 2.1.1). */}
      <pre className="eenloket-code-block" tabIndex={0} role="region" aria-label={props.region}>
        {props.text}
      </pre>
    </details>
  );
}
