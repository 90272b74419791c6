import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { sharedEn } from './shared-en';
import { sharedNl } from './shared-nl';

export type Language = 'nl' | 'en';
export const languages: readonly Language[] = ['nl', 'en'];

/** The person's choice of language, kept in this browser (shared by Mijn loket and Werkplek). */
export const LANGUAGE_STORAGE_KEY = 'eenloket.taal';

export function storedLanguage(): Language {
  try {
    return localStorage.getItem(LANGUAGE_STORAGE_KEY) === 'en' ? 'en' : 'nl';
  } catch {
    // Storage can be blocked (privacy settings); Dutch is the default then.
    return 'nl';
  }
}

/**
 * One i18next instance per page, with the shared texts and the area's own. Dutch is the source
 * language; `lang` on <html> follows the choice so screen readers pronounce the text correctly.
 */
export function setupI18n(area: { nl: Record<string, unknown>; en: Record<string, unknown> }): I18n {
  const instance = i18next.createInstance();
  const lng = storedLanguage();
  void instance.use(initReactI18next).init({
    resources: {
      nl: { translation: { ...sharedNl, ...area.nl } },
      en: { translation: { ...sharedEn, ...area.en } },
    },
    lng,
    fallbackLng: 'nl',
    supportedLngs: languages as Language[],
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  document.documentElement.lang = lng;
  instance.on('languageChanged', (next) => {
    document.documentElement.lang = next;
    try {
      localStorage.setItem(LANGUAGE_STORAGE_KEY, next);
    } catch {
      // Not persisted; the choice still holds for this page.
    }
  });
  return instance;
}
