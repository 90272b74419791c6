import type { Message } from '../../shared/forms/form-errors';

/** Client-side checks shared by the create and edit forms (the server checks the same). */
export function checkStaffFields(input: { displayName: string; roles: string[]; password: string; passwordRequired: boolean }): Record<string, Message | undefined> {
  const name = input.displayName.trim();
  return {
    displayName: !name ? { key: 'form.required' } : name.length < 2 ? { key: 'staff.displayNameShort' } : undefined,
    roles: input.roles.length === 0 ? { key: 'staff.rolesRequired' } : undefined,
    password:
      !input.password && input.passwordRequired ? { key: 'form.required' } : input.password && input.password.length < 12 ? { key: 'staff.passwordShort' } : undefined,
  };
}
