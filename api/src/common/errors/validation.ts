import { type ValidationError } from 'class-validator';
import { type FieldProblem, invalidInput } from './domain-error';

const KNOWN_CONSTRAINTS = new Set([
  'isNotEmpty',
  'isEmail',
  'maxLength',
  'minLength',
  'min',
  'max',
  'isInt',
  'isIn',
  'isEnum',
  'isDate',
  'isUrl',
  'arrayMinSize',
  'arrayMaxSize',
]);

/** Flattens class-validator's tree into field paths (`input.slots[1].capacity`), one problem per field. */
export function fieldProblems(errors: ValidationError[], prefix = 'input'): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const error of errors) {
    const path = /^\d+$/.test(error.property) ? `${prefix}[${error.property}]` : `${prefix}.${error.property}`;
    const constraints = Object.keys(error.constraints ?? {});
    if (constraints.length > 0) {
      const constraint = constraints.find((name) => KNOWN_CONSTRAINTS.has(name)) ?? constraints[0];
      problems.push({
        path,
        messageKey: KNOWN_CONSTRAINTS.has(constraint) ? `validation.${constraint}` : 'validation.invalid',
        params: constraintParams(error, constraint),
      });
    }
    problems.push(...fieldProblems(error.children ?? [], path));
  }
  return problems;
}

function constraintParams(error: ValidationError, constraint: string): Record<string, unknown> {
  const message = error.constraints?.[constraint] ?? '';
  const number = /(-?\d+(?:\.\d+)?)/.exec(message)?.[1];
  if (number === undefined) return {};
  if (constraint === 'min' || constraint === 'minLength' || constraint === 'arrayMinSize')
    return { min: Number(number) };
  if (constraint === 'max' || constraint === 'maxLength' || constraint === 'arrayMaxSize')
    return { max: Number(number) };
  return {};
}

export const validationExceptionFactory = (errors: ValidationError[]) => invalidInput(fieldProblems(errors));
