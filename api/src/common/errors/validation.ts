import { isPostalCodeOrEmpty, phoneProblem } from '@skillshift/shared';
import {
  ArrayMinSize,
  type ValidationError,
  ValidatorConstraint,
  type ValidatorConstraintInterface,
  validateSync,
} from 'class-validator';
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
  // The constraints below, named so: their own messages.
  'postalCode',
  'phoneCharacters',
  'phoneDigits',
]);

/** Flattens class-validator's tree into field paths (`input.slots[1].capacity`), one problem per field. */
export function fieldProblems(errors: ValidationError[], prefix = 'input'): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const error of errors) {
    const path = /^\d+$/.test(error.property) ? `${prefix}[${error.property}]` : `${prefix}.${error.property}`;
    const constraints = Object.keys(error.constraints ?? {});
    if (constraints.length > 0) {
      // A field left empty is asked to be filled in, whatever its length rule ("use at least 2 characters" read as if
      // something too short had been typed).
      // (the value as validated: the pipe keeps it out of errors, but passes the object it belongs to)
      const value = (error.target as Record<string, unknown> | undefined)?.[error.property] ?? error.value;
      const blank = typeof value === 'string' ? value.trim() === '' : value == null;
      const constraint =
        blank && constraints.some((name) => name === 'minLength' || name === 'isNotEmpty')
          ? 'isNotEmpty'
          : (constraints.find((name) => KNOWN_CONSTRAINTS.has(name)) ?? constraints[0]);
      const ownKey = (error.contexts?.[constraint] as { messageKey?: string } | undefined)?.messageKey;
      problems.push({
        path,
        messageKey: ownKey ?? (KNOWN_CONSTRAINTS.has(constraint) ? `validation.${constraint}` : 'validation.invalid'),
        params: constraintParams(error, constraint),
      });
    }
    problems.push(...fieldProblems(error.children ?? [], path));
  }
  return problems;
}

/**
 * A list of options to tick (languages, causes, slots): at least one chosen. Says "choose", where an empty list to add
 * to (skills, slots of an event) says "add" (`validation.arrayMinSize`).
 */
export const ChooseAtLeastOne = () => ArrayMinSize(1, { context: { messageKey: 'validation.chooseAtLeastOne' } });

/** A German postcode (the shared rule), or nothing: `@Validate(PostalCodeOrEmpty)`. */
@ValidatorConstraint({ name: 'postalCode' })
export class PostalCodeOrEmpty implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && isPostalCodeOrEmpty(value);
  }
}

/**
 * A phone number, or nothing: `@Validate(PhoneCharacters) @Validate(PhoneDigits)`, two constraints so that the message
 * names the rule that was broken (only one of them fails).
 */
@ValidatorConstraint({ name: 'phoneCharacters' })
export class PhoneCharacters implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return (
      value === null || value === undefined || (typeof value === 'string' && phoneProblem(value) !== 'phoneCharacters')
    );
  }
}

@ValidatorConstraint({ name: 'phoneDigits' })
export class PhoneDigits implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value !== 'string' || phoneProblem(value) !== 'phoneDigits';
  }
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

/**
 * An input with rules across its fields (pure, no database). The services check them; the validation pipe checks
 * them too when a field fails class-validator, so that one answer names every problem, not the first kind found.
 */
export interface InputWithRules {
  inputProblems(prefix: string): FieldProblem[];
}

const hasRules = (value: unknown): value is InputWithRules =>
  typeof (value as Partial<InputWithRules> | null)?.inputProblems === 'function';

/** The input's own rules, as far as its fields can be read; a field class-validator named keeps that message. */
function ruleProblems(target: unknown, reported: FieldProblem[]): FieldProblem[] {
  if (!hasRules(target)) return [];
  const paths = new Set(reported.map((problem) => problem.path));
  try {
    return target.inputProblems('input').filter((problem) => !paths.has(problem.path));
  } catch {
    // A rule that cannot read a malformed field waits for it to be corrected.
    return [];
  }
}

export const validationExceptionFactory = (errors: ValidationError[]) => {
  const problems = fieldProblems(errors);
  return invalidInput([...problems, ...ruleProblems(errors[0]?.target, problems)]);
};

/**
 * Inputs whose refusal names problems only stored data shows (a nonprofit's name already taken in the body, an address
 * that already has an account) together with class-validator's: the validation pipe only builds the instance, and the
 * service, which can read the database, refuses once with all of them (`formatProblems` plus its own). Without this,
 * the pipe refuses first and the organizer learns of the taken name only after correcting everything else.
 */
const checkedByService = new WeakSet<object>();
export const ValidatedByService = (): ClassDecorator => (target) => {
  checkedByService.add(target);
};
export const isValidatedByService = (metatype: unknown): boolean =>
  typeof metatype === 'function' && checkedByService.has(metatype);

/**
 * class-validator's problems of an input the pipe left to its service (@ValidatedByService), as the pipe would name
 * them. A service of such an input must call this before it writes anything.
 */
export function formatProblems(input: object): FieldProblem[] {
  return fieldProblems(
    validateSync(input, {
      whitelist: true,
      forbidNonWhitelisted: true,
      validationError: { target: true, value: false },
    }),
  );
}

/**
 * Problems of further rules, less those about fields already named (by class-validator, or by the rules before): each
 * field keeps the first message about it.
 */
export const besidesFormatProblems = (named: FieldProblem[], more: FieldProblem[]): FieldProblem[] =>
  more.filter((problem) => !named.some((before) => before.path === problem.path));
