import { Alert, Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../shared/api/api-client';
import { ApiError } from '../../shared/api/problem';
import { staffRoles, type StaffUser } from '../../shared/api/types';
import { useApi } from '../../shared/api/use-api';
import { ErrorAlert, Loading } from '../../shared/components/status';
import { ErrorSummary } from '../../shared/forms/error-summary';
import { CheckboxGroup, TextField } from '../../shared/forms/fields';
import { useFormErrors } from '../../shared/forms/use-form-errors';
import { PageHeading } from '../../shared/layout/page-heading';
import { checkStaffFields } from './staff-user-checks';

const fields = {
  displayName: { id: 'mw-naam', label: 'staff.name' },
  team: { id: 'mw-team', label: 'staff.team' },
  roles: { id: 'mw-rollen', label: 'staff.roles' },
  active: { id: 'mw-actief', label: 'staff.status' },
  password: { id: 'mw-wachtwoord', label: 'staff.newPassword' },
};

export function EditStaffUserPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  // There is no GET for one account; the list is small and already what the administrator works from.
  const users = useApi((signal) => api.get<StaffUser[]>('/api/werkplek/staff-users', { signal }), id);
  const user = users.data?.find((u) => u.id === id);

  return (
    <>
      <PageHeading title={t('staff.editTitle')}>{user ? t('staff.editOf', { name: user.displayName }) : t('staff.editTitle')}</PageHeading>
      <Paragraph>
        <Link to="/medewerkers" className="utrecht-link utrecht-link--html-a">
          {t('staff.back')}
        </Link>
      </Paragraph>
      {users.loading && <Loading />}
      {users.error && <ErrorAlert error={users.error} />}
      {users.data && !user && <Paragraph>{t('staff.notFound')}</Paragraph>}
      {user && <EditForm key={user.id} user={user} />}
    </>
  );
}

function EditForm(props: { user: StaffUser }) {
  const { t } = useTranslation();
  const form = useFormErrors(fields);
  const [user, setUser] = useState(props.user);
  const [values, setValues] = useState({ displayName: user.displayName, team: user.team ?? '', password: '' });
  const [roles, setRoles] = useState<string[]>(user.roles);
  const [active, setActive] = useState(user.active);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | undefined>();
  const [unlockError, setUnlockError] = useState<ApiError | undefined>();

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(undefined);
    if (!form.check(checkStaffFields({ displayName: values.displayName, roles, password: values.password, passwordRequired: false }))) return;
    // Only what changed: a role change or deactivation ends the person's sessions on the server.
    const changes: Record<string, unknown> = {};
    if (values.displayName.trim() !== user.displayName) changes.displayName = values.displayName.trim();
    if ((values.team.trim() || null) !== user.team) changes.team = values.team.trim() || null;
    if ([...roles].sort().join() !== [...user.roles].sort().join()) changes.roles = roles;
    if (active !== user.active) changes.active = active;
    if (values.password) changes.password = values.password;
    if (Object.keys(changes).length === 0) {
      setNotice(t('staff.nothingChanged'));
      return;
    }
    setBusy(true);
    try {
      setUser(await api.patch<StaffUser>(`/api/werkplek/staff-users/${user.id}`, changes));
      setValues((v) => ({ ...v, password: '' }));
      setNotice(t('staff.saved'));
    } catch (error) {
      form.showError(error);
    } finally {
      setBusy(false);
    }
  };

  const unlock = async () => {
    setUnlockError(undefined);
    try {
      setUser(await api.patch<StaffUser>(`/api/werkplek/staff-users/${user.id}`, { unlock: true }));
      setNotice(t('staff.unlocked'));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      setUnlockError(error);
    }
  };

  return (
    <>
      <div role="status">
        {notice && (
          <Alert type="ok">
            <Paragraph>{notice}</Paragraph>
          </Alert>
        )}
      </div>
      {user.locked && (
        <section className="eenloket-section" aria-labelledby="mw-blokkade">
          <Heading2 id="mw-blokkade">{t('staff.statusLocked')}</Heading2>
          <Paragraph>{t('staff.lockedNotice')}</Paragraph>
          {unlockError && <ErrorAlert error={unlockError} />}
          <Button appearance="secondary-action-button" onClick={() => void unlock()}>
            {t('staff.unlock')}
          </Button>
        </section>
      )}
      <form className="eenloket-form" noValidate onSubmit={(e) => void save(e)} aria-label={t('staff.editTitle')}>
        <ErrorSummary {...form.summary} />
        <TextField id={fields.displayName.id} name="displayName" label={t('staff.name')} autoComplete="off" error={form.fieldError('displayName')} value={values.displayName} onChange={(e) => setValues((v) => ({ ...v, displayName: e.target.value }))} />
        <TextField id={fields.team.id} name="team" label={t('staff.team')} optional autoComplete="off" error={form.fieldError('team')} value={values.team} onChange={(e) => setValues((v) => ({ ...v, team: e.target.value }))} />
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
        <CheckboxGroup
          id={fields.active.id}
          name="active"
          legend={t('staff.status')}
          error={form.fieldError('active')}
          values={active ? ['active'] : []}
          onChange={(v) => setActive(v.includes('active'))}
          options={[{ value: 'active', label: t('staff.active') }]}
        />
        {user.login === 'local' && (
          <TextField
            id={fields.password.id}
            name="password"
            type="password"
            label={t('staff.newPassword')}
            description={t('staff.newPasswordHelp')}
            optional
            autoComplete="new-password"
            error={form.fieldError('password')}
            value={values.password}
            onChange={(e) => setValues((v) => ({ ...v, password: e.target.value }))}
          />
        )}
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          {t('staff.save')}
        </Button>
      </form>
    </>
  );
}
