import { type ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { isValidatedByService, validationExceptionFactory } from './validation';

/**
 * The global validation pipe: class-validator with the inputs' own rules, refused in the caller's language. An input
 * marked @ValidatedByService is only built (class-transformer: trimming, nested classes) and checked by its service,
 * which names class-validator's problems together with those only the database shows.
 */
export class InputValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: validationExceptionFactory,
      // The factory reads the input's rules across fields (InputWithRules) from the error's target.
      validationError: { target: true, value: false },
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (isValidatedByService(metadata.metatype) && typeof value === 'object' && value !== null)
      return plainToInstance(metadata.metatype as new () => object, value);
    return super.transform(value, metadata);
  }
}
