import { type SummaryItem } from '../../components/ui/ErrorSummary';
import { fieldErrorsOf, graphQLErrorWithCode } from '../../lib/field-errors';
import { fieldId, fieldKey } from './profile-form-values';

export interface FormProblems {
  /** The message for a field key (`name`, `skills[1].level`, `slotIds`), if the server named it. */
  errorFor: (key: string) => string | undefined;
  /** Every problem, linked to its field; a refusal of the whole request (CONFLICT) without a link. */
  summary: SummaryItem[];
}

export function formProblems(error: unknown): FormProblems {
  const fields = fieldErrorsOf(error).map((field) => ({ key: fieldKey(field.path), message: field.message }));
  const refused = graphQLErrorWithCode(error, 'CONFLICT');
  return {
    errorFor: (key) => fields.find((field) => field.key === key)?.message,
    summary: [
      ...fields.map((field) => ({ fieldId: fieldId(field.key), message: field.message })),
      ...(refused ? [{ message: refused }] : []),
    ],
  };
}
