import { Alert, Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api/api-client';
import { ApiError } from '../../shared/api/problem';
import type { RegelingVersionDocument } from '../../shared/api/types';
import { ErrorSummary } from '../../shared/forms/error-summary';
import { TextareaField } from '../../shared/forms/fields';
import type { FieldRef } from '../../shared/forms/use-form-errors';
import { useFormErrors } from '../../shared/forms/use-form-errors';
import { useMessage } from '../../shared/forms/use-message';
import { readableDocument, readableForm } from './readable-json';
import { documentFiles, documentInputIds, parseDocuments, problemsOf, summaryOf, versionDocuments, type DocumentProblem, type VersionDocumentName } from './version-problems';

/** The documents as the editor shows them: version.json without its number (the server sets that). */
export function editableTexts(document: RegelingVersionDocument): Record<VersionDocumentName, string> {
  const { version: _version, ...meta } = document.content.meta;
  const { schema, ui, en } = document.content;
  const pageIds = Array.isArray(meta.pages) ? meta.pages.map((p: { id?: unknown }) => String(p.id)) : [];
  const json = (value: unknown) => JSON.stringify(value, null, 2);
  return { meta: json(readableDocument(meta)), schema: json(readableForm(schema, pageIds, ui)), ui: json(readableForm(ui, pageIds, ui)), en: json(readableDocument(en)) };
}

/**
 * Edits a draft version as four JSON documents. The server validates everything (zod for
 * version.json, ajv for the form, translations, pointers) and names each problem by document and
 * field; they are listed in the error summary, each linked to its text area.
 */
export function VersionEditor(props: { document: RegelingVersionDocument; onSaved: () => void; onDirty: (dirty: boolean) => void }) {
  const { t } = useTranslation();
  const resolve = useMessage();
  const base = `/api/werkplek/regelingen/${encodeURIComponent(props.document.regelingId)}/versions/${props.document.version}`;
  const [texts, setTexts] = useState(() => editableTexts(props.document));
  const [problems, setProblems] = useState<DocumentProblem[]>([]);
  const [summaryFields, setSummaryFields] = useState<Record<string, FieldRef>>({});
  const form = useFormErrors(summaryFields);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);

  const showProblems = (found: DocumentProblem[]) => {
    const { errors, fields } = summaryOf(found);
    setProblems(found);
    setSummaryFields(fields);
    form.show(errors);
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const { parsed, problems: notJson } = parseDocuments(texts, (detail) => ({
      nl: t('regelingen.editor.invalidJson', { detail, lng: 'nl' }),
      en: t('regelingen.editor.invalidJson', { detail, lng: 'en' }),
    }));
    if (notJson.length) return showProblems(notJson);
    setBusy(true);
    try {
      await api.put(base, parsed);
      showProblems([]);
      setSaved(true);
      props.onDirty(false);
      props.onSaved();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      showProblems(problemsOf(error.problem));
    } finally {
      setBusy(false);
    }
  };

  // Under each text area the first problem, and how many more the summary lists.
  const fieldError = (document: VersionDocumentName) => {
    const mine = problems.filter((p) => p.document === document);
    if (mine.length === 0) return undefined;
    const first = mine[0]!;
    const text = resolve(first.field ? { nl: `${first.field}: ${first.message.nl}`, en: `${first.field}: ${first.message.en}` } : first.message);
    return mine.length > 1 ? t('regelingen.editor.moreProblems', { first: text, count: mine.length - 1 }) : text;
  };

  return (
    <section className="eenloket-section" aria-labelledby="versie-bewerken">
      <Heading2 id="versie-bewerken">{t('regelingen.editor.heading')}</Heading2>
      <Paragraph>{t('regelingen.editor.intro')}</Paragraph>
      <form className="eenloket-form eenloket-form--wide" noValidate onSubmit={(e) => void save(e)} aria-labelledby="versie-bewerken">
        <ErrorSummary {...form.summary} />
        <div role="status">
          {saved && (
            <Alert type="ok">
              <Paragraph>{t('regelingen.editor.saved')}</Paragraph>
            </Alert>
          )}
        </div>
        {versionDocuments.map((document) => (
          <TextareaField
            key={document}
            id={documentInputIds[document]}
            name={document}
            className="eenloket-code-input"
            label={t(`regelingen.editor.files.${document}`)}
            description={t(`regelingen.editor.help.${document}`, { file: documentFiles[document] })}
            rows={document === 'meta' ? 18 : 14}
            spellCheck={false}
            autoCapitalize="none"
            autoComplete="off"
            error={fieldError(document)}
            value={texts[document]}
            onChange={(e) => {
              const value = e.target.value;
              setTexts((x) => ({ ...x, [document]: value }));
              setSaved(false);
              props.onDirty(true);
            }}
          />
        ))}
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          {t('regelingen.editor.save')}
        </Button>
      </form>
    </section>
  );
}
