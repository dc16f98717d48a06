import { parseAdminArgs, UsageError } from './admin-args';

const problem = (argv: string[]) => {
  try {
    parseAdminArgs(argv);
    return 'no error';
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message.split('\n\n')[0];
  }
};

describe('admin command line', () => {
  it('parses invite-organizer', () => {
    expect(
      parseAdminArgs(['invite-organizer', '--email', ' Orga@Kiel.example ', '--body', 'Kiel Digital', '--city=Kiel']),
    ).toEqual({
      command: 'invite-organizer',
      email: 'orga@kiel.example',
      body: 'Kiel Digital',
      city: 'Kiel',
      name: undefined,
      locale: 'de',
    });
  });

  it('explains every problem at once', () => {
    expect(problem([])).toMatch(/^Usage: npm run admin/);
    expect(problem(['delete-everything'])).toBe('Unknown command "delete-everything".');
    expect(problem(['invite-organizer'])).toBe('--email is required\n--body is required');
    expect(problem(['invite-organizer', '--email', 'nope', '--body', ' '])).toBe(
      '--email: "nope" is not a valid e-mail address\n--body must not be empty',
    );
    expect(problem(['invite-organizer', '--email', '--body', 'X'])).toBe('--email needs a value\n--email is required');
    expect(problem(['invite-organizer', '--email', 'a@b.example', '--body', 'X', '--locale', 'fr', '--force'])).toBe(
      '--locale: expected "de" or "en", got "fr"\nunknown option "--force"'.split('\n').reverse().join('\n'),
    );
  });
});
