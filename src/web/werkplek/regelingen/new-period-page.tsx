import { Alert, Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../../shared/api/api-client';
import { ApiError, pick } from '../../shared/api/problem';
import type { ParameterPeriod, RegelingParameter } from '../../shared/api/types';
import { ErrorAlert, Loading } from '../../shared/components/status';
import { ErrorSummary } from '../../shared/forms/error-summary';
import { RadioGroup, TextareaField, TextField } from '../../shared/forms/fields';
import { parseDutchDate, type Message } from '../../shared/forms/form-errors';
import { useFormErrors } from '../../shared/forms/use-form-errors';
import { formatDate } from '../../shared/format/format';
import { PageHeading } from '../../shared/layout/page-heading';
import { formatParameterValue, parseNumber } from './parameter-format';
import { useRegeling } from './use-regeling';

const fields = {
  validFrom: { id: 'periode-vanaf', label: 'regelingen.period.validFrom' },
  validTo: { id: 'periode-tot', label: 'regelingen.period.validTo' },
  value: { id: 'periode-waarde', label: 'regelingen.period.value' },
  source: { id: 'periode-bron', label: 'regelingen.period.source' },
  confirmed: { id: 'periode-bevestigd', label: 'regelingen.period.confirmed' },
  note: { id: 'periode-toelichting', label: 'regelingen.period.note' },
};

/** A new value of a parameter from a date, e.g. the norms of 1 July (functioneel beheerder). */
export function NewPeriodPage() {
  const { t, i18n } = useTranslation();
  const { id = '', key = '' } = useParams();
  const { regeling, loading, error } = useRegeling(id);
  const parameter = regeling?.parameters.find((p) => p.key === key);
  const title = t('regelingen.period.newTitle');

  return (
    <>
      <PageHeading title={title}>{parameter ? t('regelingen.period.newHeading', { label: pick(parameter.label, i18n.language) }) : title}</PageHeading>
      <Paragraph>
        <Link to={`/regelingen/${encodeURIComponent(id)}/parameters/${encodeURIComponent(key)}`} className="utrecht-link utrecht-link--html-a">
          {t('regelingen.period.back')}
        </Link>
      </Paragraph>
      {loading && <Loading />}
      {error && <ErrorAlert error={error} />}
      {regeling && !parameter && <Paragraph>{t('regelingen.parameter.notFound')}</Paragraph>}
      {parameter && <NewPeriodForm regelingId={id} parameter={parameter} />}
    </>
  );
}

interface Body {
  validFrom: string;
  validTo?: string;
  value: number | string;
  source: string;
  confirmed: boolean;
  note?: string;
  replace?: boolean;
}

function NewPeriodForm(props: { regelingId: string; parameter: RegelingParameter }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const form = useFormErrors(fields);
  const { parameter } = props;
  const isDate = parameter.unit === 'datum';
  const [values, setValues] = useState({ validFrom: '', validTo: '', value: '', source: '', confirmed: '', note: '' });
  const [busy, setBusy] = useState(false);
  // Set when the server says a period already starts that day: the person decides explicitly.
  const [conflict, setConflict] = useState<{ body: Body; existing: ParameterPeriod | undefined } | undefined>();
  const set = (name: keyof typeof values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: e.target.value }));
  const periodsUrl = `/api/werkplek/regelingen/${encodeURIComponent(props.regelingId)}/parameters/${encodeURIComponent(parameter.key)}/periods`;

  const send = async (body: Body) => {
    setBusy(true);
    try {
      await api.post<ParameterPeriod>(periodsUrl, body);
      const notice = { key: body.replace ? 'regelingen.period.replaced' : 'regelingen.period.saved', values: { from: formatDate(body.validFrom) } };
      navigate(`/regelingen/${encodeURIComponent(props.regelingId)}/parameters/${encodeURIComponent(parameter.key)}`, { state: { notice } });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'parameter.period_exists') {
        setConflict({ body, existing: parameter.periods.find((p) => p.validFrom === body.validFrom) });
      }
      form.showError(error);
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setConflict(undefined);
    const validFrom = parseDutchDate(values.validFrom);
    const validTo = values.validTo.trim() ? parseDutchDate(values.validTo) : undefined;
    const value = isDate ? parseDutchDate(values.value) : parseNumber(values.value);
    const source = values.source.trim();
    const date = (text: string, parsed: string | undefined, optional = false): Message | undefined =>
      !text.trim() ? (optional ? undefined : { key: 'form.required' }) : parsed ? undefined : { key: 'form.dateInvalid' };
    const checks: Record<string, Message | undefined> = {
      validFrom: date(values.validFrom, validFrom),
      validTo: date(values.validTo, validTo, true) ?? (validFrom && validTo && validTo < validFrom ? { key: 'regelingen.period.orderInvalid' } : undefined),
      value: !values.value.trim() ? { key: 'form.required' } : value === undefined ? { key: isDate ? 'form.dateInvalid' : 'regelingen.period.numberInvalid' } : typeof value === 'number' && value < 0 ? { key: 'regelingen.period.negative' } : undefined,
      source: !source ? { key: 'form.required' } : source.length < 3 ? { key: 'regelingen.period.sourceShort' } : undefined,
      confirmed: values.confirmed ? undefined : { key: 'form.chooseOne' },
    };
    if (!form.check(checks) || !validFrom || value === undefined) return;
    void send({ validFrom, ...(validTo && { validTo }), value, source, confirmed: values.confirmed === 'ja', ...(values.note.trim() && { note: values.note.trim() }) });
  };

  return (
    <form className="eenloket-form" noValidate onSubmit={submit} aria-label={t('regelingen.period.newTitle')}>
      <ErrorSummary {...form.summary} />
      {conflict && (
        <Alert type="warning">
          <Paragraph>
            {conflict.existing
              ? t('regelingen.period.conflictWith', { from: formatDate(conflict.body.validFrom), value: formatParameterValue(conflict.existing.value, parameter.unit, t) })
              : t('regelingen.period.conflict', { from: formatDate(conflict.body.validFrom) })}
          </Paragraph>
          <Paragraph>{t('regelingen.period.replaceQuestion')}</Paragraph>
          <ButtonGroup>
            <Button appearance="primary-action-button" busy={busy} disabled={busy} onClick={() => void send({ ...conflict.body, replace: true })}>
              {t('regelingen.period.replaceYes')}
            </Button>
            <Button
              appearance="secondary-action-button"
              onClick={() => {
                setConflict(undefined);
                document.getElementById(fields.validFrom.id)?.focus();
              }}
            >
              {t('regelingen.period.replaceNo')}
            </Button>
          </ButtonGroup>
        </Alert>
      )}
      <TextField id={fields.validFrom.id} name="validFrom" label={t('regelingen.period.validFrom')} description={t('regelingen.period.dateHelp')} autoComplete="off" size={12} error={form.fieldError('validFrom')} value={values.validFrom} onChange={set('validFrom')} />
      <TextField id={fields.validTo.id} name="validTo" label={t('regelingen.period.validTo')} description={t('regelingen.period.validToHelp')} optional autoComplete="off" size={12} error={form.fieldError('validTo')} value={values.validTo} onChange={set('validTo')} />
      <TextField
        id={fields.value.id}
        name="value"
        label={t('regelingen.period.valueIn', { unit: t(`regelingen.units.${parameter.unit}`, { defaultValue: parameter.unit }) })}
        description={isDate ? t('regelingen.period.dateHelp') : t('regelingen.period.valueHelp')}
        inputMode={isDate ? 'text' : 'decimal'}
        autoComplete="off"
        size={14}
        error={form.fieldError('value')}
        value={values.value}
        onChange={set('value')}
      />
      <TextField id={fields.source.id} name="source" label={t('regelingen.period.source')} description={t('regelingen.period.sourceHelp')} maxLength={500} autoComplete="off" error={form.fieldError('source')} value={values.source} onChange={set('source')} />
      <RadioGroup
        id={fields.confirmed.id}
        name="confirmed"
        legend={t('regelingen.period.confirmed')}
        description={t('regelingen.period.confirmedHelp')}
        error={form.fieldError('confirmed')}
        value={values.confirmed}
        onChange={(confirmed) => setValues((v) => ({ ...v, confirmed }))}
        options={[
          { value: 'ja', label: t('regelingen.period.confirmedYes') },
          { value: 'nee', label: t('regelingen.period.confirmedNo') },
        ]}
      />
      <TextareaField id={fields.note.id} name="note" label={t('regelingen.period.note')} description={t('regelingen.period.noteHelp')} optional rows={3} maxLength={1000} error={form.fieldError('note')} value={values.note} onChange={set('note')} />
      <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
        {t('regelingen.period.submit')}
      </Button>
    </form>
  );
}
