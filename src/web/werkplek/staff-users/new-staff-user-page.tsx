import { Button, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api } from '../../shared/api/api-client';
import { staffRoles, type StaffUser } from '../../shared/api/types';
import { ErrorSummary } from '../../shared/forms/error-summary';
import { CheckboxGroup, TextField } from '../../shared/forms/fields';
import { useFormErrors } from '../../shared/forms/use-form-errors';
import { PageHeading } from '../../shared/layout/page-heading';
import { checkStaffFields } from './staff-user-checks';

const fields = {
  displayName: { id: 'mw-naam', label: 'staff.name' },
  username: { id: 'mw-gebruikersnaam', label: 'staff.username' },
  email: { id: 'mw-email', label: 'staff.email' },
  team: { id: 'mw-team', label: 'staff.team' },
  roles: { id: 'mw-rollen', label: 'staff.roles' },
  password: { id: 'mw-wachtwoord', label: 'staff.password' },
};

export function NewStaffUserPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const form = useFormErrors(fields);
  const [values, setValues] = useState({ displayName: '', username: '', email: '', team: '', password: '' });
  const [roles, setRoles] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const set = (name: keyof typeof values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: e.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const username = values.username.trim().toLowerCase();
    const ok = form.check({
      ...checkStaffFields({ displayName: values.displayName, roles, password: values.password, passwordRequired: true }),
      username: !username ? { key: 'form.required' } : /^[a-z0-9._-]{3,50}$/.test(username) ? undefined : { key: 'staff.usernameInvalid' },
    });
    if (!ok) return;
    setBusy(true);
    try {
      const body = {
        username,
        displayName: values.displayName.trim(),
        roles,
        password: values.password,
        ...(values.email.trim() && { email: values.email.trim() }),
        ...(values.team.trim() && { team: values.team.trim() }),
      };
      const created = await api.post<StaffUser>('/api/werkplek/staff-users', body);
      navigate('/medewerkers', { state: { created: created.displayName } });
    } catch (error) {
      form.showError(error);
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeading title={t('staff.newTitle')}>{t('staff.newTitle')}</PageHeading>
      <Paragraph>
        <Link to="/medewerkers" className="utrecht-link utrecht-link--html-a">
          {t('staff.back')}
        </Link>
      </Paragraph>
      <form className="eenloket-form" noValidate onSubmit={(e) => void submit(e)} aria-label={t('staff.newTitle')}>
        <ErrorSummary {...form.summary} />
        <TextField id={fields.displayName.id} name="displayName" label={t('staff.name')} autoComplete="off" error={form.fieldError('displayName')} value={values.displayName} onChange={set('displayName')} />
        <TextField
          id={fields.username.id}
          name="username"
          label={t('staff.username')}
          description={t('staff.usernameHelp')}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          error={form.fieldError('username')}
          value={values.username}
          onChange={set('username')}
        />
        <TextField id={fields.email.id} name="email" type="email" label={t('staff.email')} optional autoComplete="off" error={form.fieldError('email')} value={values.email} onChange={set('email')} />
        <TextField id={fields.team.id} name="team" label={t('staff.team')} optional autoComplete="off" error={form.fieldError('team')} value={values.team} onChange={set('team')} />
        <CheckboxGroup
          id={fields.roles.id}
          name="roles"
          legend={t('staff.roles')}
          description={t('staff.rolesHelp')}
          error={form.fieldError('roles')}
          values={roles}
          onChange={setRoles}
          options={staffRoles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
        />
        <TextField
          id={fields.password.id}
          name="password"
          type="password"
          label={t('staff.password')}
          description={t('staff.passwordHelp')}
          autoComplete="new-password"
          error={form.fieldError('password')}
          value={values.password}
          onChange={set('password')}
        />
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          {t('staff.create')}
        </Button>
      </form>
    </>
  );
}
