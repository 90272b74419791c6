import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api/api-client';
import type { Application, RegelingForm } from '../../shared/api/types';
import { useApi } from '../../shared/api/use-api';

/** The form of a regeling version in the chosen language (reloaded when the language changes). */
export function useRegelingForm(regelingId: string | undefined, version: number | undefined) {
  const { i18n } = useTranslation();
  const lang = i18n.language.startsWith('en') ? 'en' : 'nl';
  return useApi(
    (signal) => (regelingId && version ? api.get<RegelingForm>(`/api/regelingen/${encodeURIComponent(regelingId)}/versions/${version}/form?lang=${lang}`, { signal }) : Promise.resolve(undefined)),
    `${regelingId}/${version}/${lang}`,
  );
}

/** One of my applications and the form it was made with (its own version, not necessarily the current one). */
export function useApplication(id: string) {
  const application = useApi((signal) => api.get<Application>(`/api/loket/applications/${id}`, { signal }), id);
  const form = useRegelingForm(application.data?.regeling.id, application.data?.regeling.version);
  return { application, form };
}

export const applicationPath = (id: string, rest = '') => `/aanvragen/${id}${rest ? `/${rest}` : ''}`;
