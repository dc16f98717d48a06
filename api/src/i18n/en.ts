/** English server-side texts: error messages and mails. The German catalogue must have the same keys. */
export const en = {
  errors: {
    internal: 'Something went wrong on our side. Please try again later.',
    notFound: '{{entity}} was not found.',
    forbidden: 'You are not allowed to do this.',
    unauthenticated: 'Please sign in first.',
    invalidInput: 'Some fields are not filled in correctly.',
    conflict: 'This was changed in the meantime. Please reload and try again.',
  },
  validation: {
    isNotEmpty: 'Please fill in this field.',
    isEmail: 'Please enter a valid e-mail address.',
    maxLength: 'Please use at most {{max}} characters.',
    minLength: 'Please use at least {{min}} characters.',
    min: 'Please enter a value of at least {{min}}.',
    max: 'Please enter a value of at most {{max}}.',
    isInt: 'Please enter a whole number.',
    isIn: 'Please choose one of the offered values.',
    isEnum: 'Please choose one of the offered values.',
    isDate: 'Please enter a valid date.',
    isUrl: 'Please enter a valid web address (https://…).',
    invalid: 'This value is not valid.',
  },
  entities: {
    event: 'The event',
  },
  mail: {
    footer:
      'You receive this e-mail because your address was entered on SkillShift, the platform that brings nonprofits and digital volunteers together.',
    greeting: 'Hello {{name}},',
    greetingAnonymous: 'Hello,',
    signOff: 'Your SkillShift team',
    test: {
      subject: 'SkillShift test message',
      body: 'This is a test message from SkillShift. If you can read it, mail delivery works.',
    },
  },
} as const;
