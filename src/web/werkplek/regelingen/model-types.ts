import type { LocalizedText } from '../../shared/api/problem';

// Answers of the decision-model endpoints of a regeling version (see regelingen.schema.ts).

export interface ExampleOutcome {
  eligible: boolean | null;
  route: string | null;
  amount: number | null;
  reasons: string[];
}

/** POST /api/werkplek/regelingen/:id/versions/:version/examples/check */
export interface ExampleCheck {
  regelingId: string;
  version: number;
  model: string | null;
  examples: string | null;
  passed: boolean;
  problems: LocalizedText[];
  cases: {
    id: string;
    description: LocalizedText;
    expected: { eligible: boolean; route: string; amount: number | null; reasons: string[] };
    actual: ExampleOutcome;
    passed: boolean;
    problems: LocalizedText[];
  }[];
}
