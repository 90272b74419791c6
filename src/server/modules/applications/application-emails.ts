import type { Db } from '../../db/database.js';
import type { Lang, LocalizedText } from '../../shared/localized.js';
import { queueEmail, type QueueEmailInput } from '../mail/queue-email.js';
import type { ApplicationRow } from './applications.repository.js';

export type ApplicationEmailKind = 'ontvangen' | 'medeondertekening-gevraagd' | 'informatie-gevraagd';

// Emails say as little as possible: the reference and what to do, never amounts or other personal
// data, and no login link (residents are taught not to log in through links in emails).
const templates: Record<ApplicationEmailKind, Record<Lang, (v: { reference: string; regeling: string; due: string }) => { subject: string; text: string }>> = {
  ontvangen: {
    nl: (v) => ({
      subject: `Wij hebben uw aanvraag ontvangen (${v.reference})`,
      text: `Beste inwoner,\n\nWij hebben uw aanvraag voor ${v.regeling} ontvangen. Uw referentienummer is ${v.reference}.\n\nWij beslissen uiterlijk op ${v.due}. Hebben wij meer informatie nodig? Dan ziet u dat in Mijn loket en krijgt u een e-mail.\n\nIn Mijn loket op de website van de gemeente ziet u altijd hoe het met uw aanvraag staat.\n\nMet vriendelijke groet,\nDe gemeente`,
    }),
    en: (v) => ({
      subject: `We have received your application (${v.reference})`,
      text: `Dear resident,\n\nWe have received your application for ${v.regeling}. Your reference number is ${v.reference}.\n\nWe will decide by ${v.due} at the latest. If we need more information, you will see it in Mijn loket and receive an email.\n\nIn Mijn loket on the municipality's website you can always see the status of your application.\n\nKind regards,\nThe municipality`,
    }),
  },
  'medeondertekening-gevraagd': {
    nl: (v) => ({
      subject: `Uw partner moet uw aanvraag nog ondertekenen (${v.reference})`,
      text: `Beste inwoner,\n\nU heeft een aanvraag voor ${v.regeling} verstuurd. Uw referentienummer is ${v.reference}.\n\nUw partner moet de aanvraag ook ondertekenen. Uw partner logt daarvoor in op Mijn loket met de eigen DigiD. Pas daarna nemen wij de aanvraag in behandeling.\n\nMet vriendelijke groet,\nDe gemeente`,
    }),
    en: (v) => ({
      subject: `Your partner still has to sign your application (${v.reference})`,
      text: `Dear resident,\n\nYou have sent an application for ${v.regeling}. Your reference number is ${v.reference}.\n\nYour partner must also sign the application, by logging in to Mijn loket with their own DigiD. We start handling the application after that.\n\nKind regards,\nThe municipality`,
    }),
  },
  'informatie-gevraagd': {
    nl: (v) => ({
      subject: `Wij hebben meer informatie nodig (${v.reference})`,
      text: `Beste inwoner,\n\nVoor uw aanvraag voor ${v.regeling} (${v.reference}) hebben wij meer informatie nodig. Log in op Mijn loket op de website van de gemeente om te zien wat wij vragen.\n\nZolang wij op uw informatie wachten, staat de termijn voor ons besluit stil.\n\nMet vriendelijke groet,\nDe gemeente`,
    }),
    en: (v) => ({
      subject: `We need more information (${v.reference})`,
      text: `Dear resident,\n\nFor your application for ${v.regeling} (${v.reference}) we need more information. Log in to Mijn loket on the municipality's website to see what we ask.\n\nWhile we wait for your information, the term for our decision stands still.\n\nKind regards,\nThe municipality`,
    }),
  },
};

type ApplicationEmailOptions = { kind: ApplicationEmailKind; to: string; application: Pick<ApplicationRow, 'id' | 'reference' | 'decisionDue'>; regelingName: LocalizedText; lang: Lang; key?: string };

export async function queueApplicationEmail(options: ApplicationEmailOptions & { tx: Db }) {
  await queueEmail({ tx: options.tx, ...applicationEmail(options) });
}

/** The email itself, for queueEmail or (in a group commit) storeEmails. */
export function applicationEmail(options: ApplicationEmailOptions): QueueEmailInput {
  const { application, lang } = options;
  const due = application.decisionDue ? formatDate(application.decisionDue, lang) : '';
  const message = templates[options.kind][lang]({ reference: application.reference ?? '', regeling: options.regelingName[lang], due });
  return { to: options.to, subject: message.subject, text: message.text, idempotencyKey: `application:${application.id}:${options.kind}${options.key ? `:${options.key}` : ''}` };
}

const longDate = {
  nl: new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

function formatDate(iso: string, lang: Lang): string {
  return longDate[lang].format(new Date(`${iso}T00:00:00Z`));
}
