import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useEffectEvent, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api/api-client';
import type { AuditEntry } from '../../shared/api/types';
import { ErrorSummary } from '../../shared/forms/error-summary';
import { TextField } from '../../shared/forms/fields';
import { validateBsn } from '../../shared/forms/form-errors';
import { useFormErrors } from '../../shared/forms/use-form-errors';
import { AuditTable } from './audit-table';

const fields = {
  subjectBsn: { id: 'audit-bsn', label: 'audit.subjectBsn' },
  actorId: { id: 'audit-medewerker', label: 'audit.actorId' },
  action: { id: 'audit-handeling', label: 'audit.action' },
};
const PAGE_SIZE = 50;

interface Filters {
  subjectBsn?: string;
  actorId?: string;
  action?: string;
}

interface Query {
  filters: Filters;
  beforeSeq?: number;
}

interface Loaded {
  query: Query;
  entries: AuditEntry[];
  next: number | null;
}

export function AuditSearch() {
  const { t } = useTranslation();
  const form = useFormErrors(fields);
  const [values, setValues] = useState({ subjectBsn: '', actorId: '', action: '' });
  // The newest entries right away: that is what an auditor comes for (the read itself is recorded).
  const [query, setQuery] = useState<Query>({ filters: {} });
  const [loaded, setLoaded] = useState<Loaded | undefined>();
  const [failed, setFailed] = useState<Query | undefined>();
  const showError = useEffectEvent(form.showError);
  const busy = loaded?.query !== query && failed !== query;

  useEffect(() => {
    const controller = new AbortController();
    const body = { ...query.filters, ...(query.beforeSeq ? { beforeSeq: query.beforeSeq } : {}), limit: PAGE_SIZE };
    api.post<{ entries: AuditEntry[]; nextBeforeSeq: number | null }>('/api/werkplek/audit/search', body, { signal: controller.signal }).then(
      (page) =>
        setLoaded((current) => ({
          query,
          // "Meer laden" appends the next (older) page to what is shown.
          entries: query.beforeSeq && current ? [...current.entries, ...page.entries] : page.entries,
          next: page.nextBeforeSeq,
        })),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setFailed(query);
        showError(error);
      },
    );
    return () => controller.abort();
  }, [query]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const subjectBsn = values.subjectBsn.trim();
    if (!form.check({ subjectBsn: subjectBsn ? validateBsn(subjectBsn) : undefined })) return;
    setQuery({
      filters: {
        ...(subjectBsn && { subjectBsn }),
        ...(values.actorId.trim() && { actorId: values.actorId.trim() }),
        ...(values.action.trim() && { action: values.action.trim() }),
      },
    });
  };
  const entries = loaded?.entries;
  const next = loaded?.next ?? null;

  return (
    <section className="eenloket-section" aria-labelledby="audit-zoeken">
      <Heading2 id="audit-zoeken">{t('audit.searchHeading')}</Heading2>
      <form className="eenloket-form" noValidate onSubmit={submit} aria-labelledby="audit-zoeken">
        <ErrorSummary {...form.summary} />
        <TextField id={fields.subjectBsn.id} name="subjectBsn" label={t('audit.subjectBsn')} optional inputMode="numeric" autoComplete="off" error={form.fieldError('subjectBsn')} value={values.subjectBsn} onChange={(e) => setValues((v) => ({ ...v, subjectBsn: e.target.value }))} />
        <TextField id={fields.actorId.id} name="actorId" label={t('audit.actorId')} optional autoComplete="off" error={form.fieldError('actorId')} value={values.actorId} onChange={(e) => setValues((v) => ({ ...v, actorId: e.target.value }))} />
        <TextField id={fields.action.id} name="action" label={t('audit.action')} description={t('audit.actionHelp')} optional autoComplete="off" error={form.fieldError('action')} value={values.action} onChange={(e) => setValues((v) => ({ ...v, action: e.target.value }))} />
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          {t('audit.submit')}
        </Button>
      </form>
      <div role="status" className="eenloket-section">
        {entries && <Paragraph>{entries.length === 0 ? t('audit.none') : t('audit.shown', { count: entries.length })}</Paragraph>}
      </div>
      {entries && entries.length > 0 && <AuditTable entries={entries} />}
      {next !== null && (
        <Button appearance="secondary-action-button" busy={busy} disabled={busy} onClick={() => setQuery({ filters: query.filters, beforeSeq: next })}>
          {t('audit.more')}
        </Button>
      )}
    </section>
  );
}
