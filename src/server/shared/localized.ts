export type Lang = 'nl' | 'en';

/** A text in both languages the platform speaks. Dutch is the default. */
export interface LocalizedText {
  nl: string;
  en: string;
}

export function text(nl: string, en: string): LocalizedText {
  return { nl, en };
}
