import { useTranslation } from 'react-i18next';
import { SelectField } from '../../shared/forms/fields';
import { purposeCodes } from './purposes';

/** The required "why" of every look at a person's data, with the notice that it is recorded. */
export function PurposeField(props: { id: string; value: string; onChange: (value: string) => void; error: string | undefined }) {
  const { t } = useTranslation();
  return (
    <SelectField
      id={props.id}
      name="purpose"
      label={t('purpose.label')}
      description={t('purpose.description')}
      error={props.error}
      placeholder={t('purpose.choose')}
      options={purposeCodes.map((code) => ({ value: code, label: t(`purpose.${code}`) }))}
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
    />
  );
}
