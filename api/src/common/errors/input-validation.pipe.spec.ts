import 'reflect-metadata';
import { Transform } from 'class-transformer';
import { IsNotEmpty, MaxLength } from 'class-validator';
import { type DomainError } from './domain-error';
import { InputValidationPipe } from './input-validation.pipe';
import { formatProblems, ValidatedByService } from './validation';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

class NameInput {
  @Transform(trim)
  @IsNotEmpty()
  @MaxLength(5)
  name: string;
}

@ValidatedByService()
class IntakeNameInput extends NameInput {}

describe('the validation pipe', () => {
  const pipe = new InputValidationPipe();

  it('refuses an input with the fields class-validator names', async () => {
    const refusal = (await pipe
      .transform({ name: ' ' }, { type: 'body', metatype: NameInput })
      .catch((error: unknown) => error)) as DomainError;
    expect(refusal.fields).toEqual([{ path: 'input.name', messageKey: 'validation.isNotEmpty', params: {} }]);
  });

  it('builds an input checked by its service, which then names the same problems', async () => {
    const input = (await pipe.transform(
      { name: '  Tafel Lübeck ' },
      { type: 'body', metatype: IntakeNameInput },
    )) as IntakeNameInput;
    expect(input).toBeInstanceOf(IntakeNameInput);
    expect(input.name).toBe('Tafel Lübeck');
    expect(formatProblems(input)).toEqual([
      { path: 'input.name', messageKey: 'validation.maxLength', params: { max: 5 } },
    ]);
  });
});
