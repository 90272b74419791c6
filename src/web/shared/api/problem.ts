/** Text in both languages, as the server sends it; the UI picks one with `pick`. */
export interface LocalizedText {
  nl: string;
  en: string;
}

export interface InvalidParam {
  /** Field path, dotted (e.g. "address.postcode"). */
  name: string;
  code: string;
  reason: string;
  messages: LocalizedText;
}

/** RFC 9457 problem details as Eenloket's API sends them. */
export interface Problem {
  status: number;
  code: string;
  title: string;
  detail: string;
  messages: LocalizedText;
  invalidParams?: InvalidParam[];
  requestId?: string;
}

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(`${problem.status} ${problem.code}: ${problem.messages.en}`);
    this.name = 'ApiError';
  }

  get status(): number {
    return this.problem.status;
  }

  get code(): string {
    return this.problem.code;
  }
}

const networkMessages: LocalizedText = {
  nl: 'Er is geen verbinding met de server. Controleer uw internetverbinding en probeer het opnieuw.',
  en: 'There is no connection with the server. Check your internet connection and try again.',
};

const unexpectedMessages: LocalizedText = {
  nl: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
  en: 'Something went wrong on our side. Please try again later.',
};

/** A problem for when the server could not be reached at all (fetch rejected). */
export function networkProblem(): Problem {
  return { status: 0, code: 'network', title: 'Network error', detail: networkMessages.nl, messages: networkMessages };
}

/**
 * Turns any error response body into a Problem. A proxy or a crash may answer with HTML or
 * nothing at all; the UI still needs a message in both languages, so anything that is not a
 * well-formed problem becomes a generic one with the HTTP status kept.
 */
export function parseProblem(status: number, body: unknown): Problem {
  if (!isRecord(body) || typeof body.code !== 'string') {
    return { status, code: 'unexpected', title: `HTTP ${status}`, detail: unexpectedMessages.nl, messages: unexpectedMessages };
  }
  const detail = typeof body.detail === 'string' ? body.detail : unexpectedMessages.nl;
  const messages = isLocalized(body.messages) ? body.messages : { nl: detail, en: detail };
  const problem: Problem = {
    status: typeof body.status === 'number' ? body.status : status,
    code: body.code,
    title: typeof body.title === 'string' ? body.title : '',
    detail,
    messages,
  };
  if (typeof body.requestId === 'string') problem.requestId = body.requestId;
  if (Array.isArray(body.invalidParams)) {
    problem.invalidParams = body.invalidParams.filter(isRecord).flatMap((p) => {
      if (typeof p.name !== 'string') return [];
      const reason = typeof p.reason === 'string' ? p.reason : '';
      return [{ name: p.name, code: typeof p.code === 'string' ? p.code : '', reason, messages: isLocalized(p.messages) ? p.messages : { nl: reason, en: reason } }];
    });
  }
  return problem;
}

/** A 401 that means "log in (again)", as opposed to e.g. wrong credentials on the login form. */
export function isSessionLost(problem: Problem): boolean {
  return problem.status === 401 && (problem.code === 'session.expired' || problem.code === 'auth.unauthenticated');
}

export function pick(text: LocalizedText, lang: string): string {
  return lang.startsWith('en') ? text.en : text.nl;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isLocalized(value: unknown): value is LocalizedText {
  return isRecord(value) && typeof value.nl === 'string' && typeof value.en === 'string';
}
