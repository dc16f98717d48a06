import 'reflect-metadata';
import { IsNotEmpty, MaxLength, MinLength, Validate, validateSync } from 'class-validator';
import { plainToInstance } from 'class-transformer';
import { type DomainError, type FieldProblem } from './domain-error';
import {
  ChooseAtLeastOne,
  fieldProblems,
  type InputWithRules,
  PhoneCharacters,
  PhoneDigits,
  PostalCodeOrEmpty,
  validationExceptionFactory,
} from './validation';

class AddressInput implements InputWithRules {
  @IsNotEmpty()
  name: string;

  @Validate(PostalCodeOrEmpty)
  postalCode: string;

  @ChooseAtLeastOne()
  languages: string[];

  @Validate(PhoneCharacters)
  @Validate(PhoneDigits)
  phone: string | null;

  consent: boolean;

  inputProblems(prefix: string): FieldProblem[] {
    return [
      ...(this.consent ? [] : [{ path: `${prefix}.consent`, messageKey: 'consentRequired' }]),
      // A rule about a field class-validator already named keeps class-validator's message.
      ...(this.name ? [] : [{ path: `${prefix}.name`, messageKey: 'nameRule' }]),
    ];
  }
}

const problemsOf = (plain: Partial<AddressInput>) =>
  fieldProblems(
    validateSync(
      plainToInstance(AddressInput, {
        name: 'A',
        postalCode: '',
        languages: ['de'],
        phone: null,
        consent: true,
        ...plain,
      }),
    ),
  );

describe('fieldProblems', () => {
  it('says "choose" for a list of options, and names the postcode and phone rules that were broken', () => {
    expect(
      problemsOf({ languages: [], postalCode: 'ABCDE', phone: 'abc' }).map((problem) => [
        problem.path,
        problem.messageKey,
      ]),
    ).toEqual([
      ['input.postalCode', 'validation.postalCode'],
      ['input.languages', 'validation.chooseAtLeastOne'],
      ['input.phone', 'validation.phoneCharacters'],
    ]);
    expect(problemsOf({ postalCode: '2356', phone: '12' }).map((problem) => problem.messageKey)).toEqual([
      'validation.postalCode',
      'validation.phoneDigits',
    ]);
    expect(problemsOf({ postalCode: '23552', phone: '0451 1234' })).toEqual([]);
  });
});

class NameInput {
  @MinLength(2)
  @MaxLength(40)
  name: string;
}

describe('fieldProblems of a length rule', () => {
  const keyFor = (name: unknown) =>
    fieldProblems(validateSync(plainToInstance(NameInput, { name }))).map((problem) => problem.messageKey);

  it('asks for an empty field to be filled in, and names the length only of something typed', () => {
    expect(keyFor('')).toEqual(['validation.isNotEmpty']);
    expect(keyFor(undefined)).toEqual(['validation.isNotEmpty']);
    expect(keyFor('A')).toEqual(['validation.minLength']);
    expect(keyFor('A'.repeat(41))).toEqual(['validation.maxLength']);
    expect(keyFor('Al')).toEqual([]);
  });
});

describe('validationExceptionFactory', () => {
  it('adds the input’s own rules to class-validator’s problems, so that one answer names them all', () => {
    const input = plainToInstance(AddressInput, {
      name: '',
      postalCode: '',
      languages: ['de'],
      phone: null,
      consent: false,
    });
    const errors = validateSync(input, { validationError: { target: true } });
    const error = validationExceptionFactory(errors) as DomainError;
    expect(error.fields.map((problem) => [problem.path, problem.messageKey])).toEqual([
      ['input.name', 'validation.isNotEmpty'],
      ['input.consent', 'consentRequired'],
    ]);
  });
});
