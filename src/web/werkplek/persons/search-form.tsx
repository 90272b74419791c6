import { Button } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../shared/forms/error-summary';
import { RadioGroup, TextField } from '../../shared/forms/fields';
import { parseDutchDate, validateBsn, type Message } from '../../shared/forms/form-errors';
import type { FormErrorsState } from '../../shared/forms/use-form-errors';
import { PurposeField } from './purpose-field';

export const searchTypes = ['bsn', 'name-birthdate', 'postcode-housenumber', 'name'] as const;
export type SearchType = (typeof searchTypes)[number];

/** The body of POST /api/werkplek/persons/search (persons.schema.ts personSearchBody). */
export type SearchBody =
  | { type: 'bsn'; bsn: string; purpose: string }
  | { type: 'name-birthdate'; familyName: string; birthDate: string; purpose: string }
  | { type: 'postcode-housenumber'; postcode: string; houseNumber: number; purpose: string }
  | { type: 'name'; familyName: string; givenNames?: string; purpose: string };

const fields = {
  purpose: { id: 'zoek-doel', label: 'purpose.label' },
  type: { id: 'zoek-soort', label: 'search.typeLegend' },
  bsn: { id: 'zoek-bsn', label: 'search.bsn' },
  familyName: { id: 'zoek-achternaam', label: 'search.familyName' },
  givenNames: { id: 'zoek-voornamen', label: 'search.givenNames' },
  birthDate: { id: 'zoek-geboortedatum', label: 'search.birthDate' },
  postcode: { id: 'zoek-postcode', label: 'search.postcode' },
  houseNumber: { id: 'zoek-huisnummer', label: 'search.houseNumber' },
};

const required: Message = { key: 'form.required' };

export function SearchForm(props: { onSearch: (body: SearchBody) => Promise<void>; busy: boolean; formErrors: FormErrorsState }) {
  const { t } = useTranslation();
  const form = props.formErrors;
  const [purpose, setPurpose] = useState('');
  const [type, setType] = useState<SearchType>('bsn');
  const [values, setValues] = useState({ bsn: '', familyName: '', givenNames: '', birthDate: '', postcode: '', houseNumber: '' });
  const set = (name: keyof typeof values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: e.target.value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const familyName = values.familyName.trim();
    const birthDate = parseDutchDate(values.birthDate);
    const postcode = values.postcode.replace(/\s+/g, '').toUpperCase();
    const checks: Record<string, Message | undefined> = { purpose: purpose ? undefined : { key: 'form.chooseOne' } };
    if (type === 'bsn') checks.bsn = validateBsn(values.bsn);
    if (type === 'name-birthdate') {
      checks.familyName = familyName ? undefined : required;
      checks.birthDate = !values.birthDate.trim() ? required : birthDate ? undefined : { key: 'form.dateInvalid' };
    }
    if (type === 'postcode-housenumber') {
      checks.postcode = !postcode ? required : /^[1-9]\d{3}[A-Z]{2}$/.test(postcode) ? undefined : { key: 'search.postcodeInvalid' };
      checks.houseNumber = !values.houseNumber.trim() ? required : /^\d{1,5}$/.test(values.houseNumber.trim()) ? undefined : { key: 'search.houseNumberInvalid' };
    }
    if (type === 'name') checks.familyName = familyName.length >= 2 ? undefined : { key: 'search.familyNameShort' };
    if (!form.check(checks)) return;

    const body: SearchBody =
      type === 'bsn'
        ? { type, bsn: values.bsn.trim(), purpose }
        : type === 'name-birthdate'
          ? { type, familyName, birthDate: birthDate!, purpose }
          : type === 'postcode-housenumber'
            ? { type, postcode, houseNumber: Number(values.houseNumber.trim()), purpose }
            : { type, familyName, ...(values.givenNames.trim() ? { givenNames: values.givenNames.trim() } : {}), purpose };
    void props.onSearch(body);
  };

  return (
    <form className="eenloket-form" noValidate onSubmit={submit} aria-label={t('search.heading')}>
      <ErrorSummary {...form.summary} />
      <PurposeField id={fields.purpose.id} value={purpose} onChange={setPurpose} error={form.fieldError('purpose')} />
      <RadioGroup
        id={fields.type.id}
        name="type"
        legend={t('search.typeLegend')}
        error={form.fieldError('type')}
        value={type}
        onChange={(v) => {
          setType(v as SearchType);
          form.clear();
        }}
        options={searchTypes.map((value) => ({ value, label: t(`search.types.${value}`) }))}
      />
      {type === 'bsn' && (
        <TextField id={fields.bsn.id} name="bsn" label={t('search.bsn')} inputMode="numeric" autoComplete="off" error={form.fieldError('bsn')} value={values.bsn} onChange={set('bsn')} />
      )}
      {(type === 'name-birthdate' || type === 'name') && (
        <TextField
          id={fields.familyName.id}
          name="familyName"
          label={t('search.familyName')}
          description={t('search.familyNameHelp')}
          autoComplete="off"
          error={form.fieldError('familyName')}
          value={values.familyName}
          onChange={set('familyName')}
        />
      )}
      {type === 'name' && (
        <TextField id={fields.givenNames.id} name="givenNames" label={t('search.givenNames')} optional autoComplete="off" error={form.fieldError('givenNames')} value={values.givenNames} onChange={set('givenNames')} />
      )}
      {type === 'name-birthdate' && (
        <TextField
          id={fields.birthDate.id}
          name="birthDate"
          label={t('search.birthDate')}
          description={t('search.birthDateHelp')}
          autoComplete="off"
          error={form.fieldError('birthDate')}
          value={values.birthDate}
          onChange={set('birthDate')}
        />
      )}
      {type === 'postcode-housenumber' && (
        <>
          <TextField
            id={fields.postcode.id}
            name="postcode"
            label={t('search.postcode')}
            description={t('search.postcodeHelp')}
            autoComplete="off"
            size={8}
            error={form.fieldError('postcode')}
            value={values.postcode}
            onChange={set('postcode')}
          />
          <TextField id={fields.houseNumber.id} name="houseNumber" label={t('search.houseNumber')} inputMode="numeric" autoComplete="off" size={6} error={form.fieldError('houseNumber')} value={values.houseNumber} onChange={set('houseNumber')} />
        </>
      )}
      <Button type="submit" appearance="primary-action-button" busy={props.busy} disabled={props.busy}>
        {t('search.submit')}
      </Button>
    </form>
  );
}

export const searchFields = fields;
