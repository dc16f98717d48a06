import 'reflect-metadata';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import { IsEmail, IsInt, Max, Min, ValidateNested, validateSync } from 'class-validator';
import { Type, plainToInstance } from 'class-transformer';
import { GraphQLError } from 'graphql';
import { setLogLevel } from '../logging/logger';
import { invalidInput, notFound } from './domain-error';
import { GraphqlExceptionFilter } from './graphql-exception.filter';
import { fieldProblems } from './validation';

class SlotInput {
  @IsInt()
  @Min(1)
  @Max(50)
  capacity: number;
}

class EventInput {
  @IsEmail()
  contact: string;

  @ValidateNested({ each: true })
  @Type(() => SlotInput)
  slots: SlotInput[];
}

function graphqlHost(acceptLanguage?: string) {
  const host = new ExecutionContextHost([
    {},
    {},
    { req: { headers: { 'accept-language': acceptLanguage }, id: 'r-1' } },
    {},
  ]);
  host.setType('graphql');
  return host;
}

describe('GraphqlExceptionFilter', () => {
  const filter = new GraphqlExceptionFilter();
  beforeAll(() => setLogLevel('silent'));

  it('names every invalid field with a message in the caller’s language', () => {
    const input = plainToInstance(EventInput, { contact: 'nope', slots: [{ capacity: 3 }, { capacity: 0 }] });
    const error = invalidInput(fieldProblems(validateSync(input)));

    const englishFields = [
      { path: 'input.contact', message: 'Please enter a valid e-mail address.' },
      { path: 'input.slots[1].capacity', message: 'Please enter a value of at least 1.' },
    ];
    const germanFields = [
      { path: 'input.contact', message: 'Bitte geben Sie eine gültige E-Mail-Adresse ein.' },
      { path: 'input.slots[1].capacity', message: 'Bitte geben Sie einen Wert von mindestens 1 ein.' },
    ];
    const translations = {
      de: { message: 'Einige Felder sind nicht richtig ausgefüllt.', fields: germanFields },
      en: { message: 'Some fields are not filled in correctly.', fields: englishFields },
    };
    const english = filter.catch(error, graphqlHost('en-GB,en;q=0.9')) as GraphQLError;
    expect(english.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: englishFields, translations });
    expect(english.message).toBe('Some fields are not filled in correctly.');

    // Every language rides along, so that a form switched to the other language shows its problems in that one.
    const german = filter.catch(error, graphqlHost('de-DE')) as GraphQLError;
    expect(german.extensions).toEqual({ code: 'BAD_USER_INPUT', fields: germanFields, translations });
  });

  it('translates nested entity names and defaults to German', () => {
    const error = filter.catch(notFound('entities.event'), graphqlHost(undefined)) as GraphQLError;
    expect(error.message).toBe('Die Veranstaltung wurde nicht gefunden.');
    expect(error.extensions.code).toBe('NOT_FOUND');
    expect(error.extensions.translations).toEqual({
      de: { message: 'Die Veranstaltung wurde nicht gefunden.' },
      en: { message: 'The event was not found.' },
    });
  });

  it('hides unexpected errors behind INTERNAL_SERVER_ERROR with the request id', () => {
    const error = filter.catch(new Error('relation "secret_table" does not exist'), graphqlHost('en')) as GraphQLError;
    expect(error.message).toBe('Something went wrong on our side. Please try again later.');
    expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'r-1' });
  });
});
