import { Button, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../shared/api/api-client';
import { pick } from '../../shared/api/problem';
import type { RegelingAdmin } from '../../shared/api/types';
import { ErrorSummary } from '../../shared/forms/error-summary';
import { SelectField } from '../../shared/forms/fields';
import { useFormErrors } from '../../shared/forms/use-form-errors';

const fields = { basedOn: { id: 'versie-basis', label: 'regelingen.newVersion.basedOn' } };

/** Starts a draft version as a copy of an existing one (the current one unless chosen otherwise). */
export function NewVersion(props: { regeling: RegelingAdmin }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const form = useFormErrors(fields);
  const { regeling } = props;
  const current = regeling.versions.find((v) => v.current) ?? regeling.versions.at(-1);
  const [basedOn, setBasedOn] = useState(String(current?.version ?? ''));
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const created = await api.post<{ regelingId: string; version: number }>(`/api/werkplek/regelingen/${encodeURIComponent(regeling.id)}/versions`, basedOn ? { basedOn: Number(basedOn) } : {});
      const notice = { key: 'regelingen.newVersion.created', values: { version: created.version, basedOn } };
      navigate(`/regelingen/${encodeURIComponent(regeling.id)}/versies/${created.version}`, { state: { notice } });
    } catch (error) {
      form.showError(error);
      setBusy(false);
    }
  };

  return (
    <form className="eenloket-form eenloket-card" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="nieuwe-versie">
      <Heading3 id="nieuwe-versie">{t('regelingen.newVersion.heading')}</Heading3>
      <Paragraph>{t('regelingen.newVersion.intro')}</Paragraph>
      <ErrorSummary {...form.summary} />
      <SelectField
        id={fields.basedOn.id}
        name="basedOn"
        label={t('regelingen.newVersion.basedOn')}
        error={form.fieldError('basedOn')}
        options={regeling.versions.map((v) => ({ value: String(v.version), label: t('regelingen.versionLabel', { version: v.version, label: pick(v.label, i18n.language) }) }))}
        value={basedOn}
        onChange={(e) => setBasedOn(e.target.value)}
      />
      <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
        {t('regelingen.newVersion.submit')}
      </Button>
    </form>
  );
}
