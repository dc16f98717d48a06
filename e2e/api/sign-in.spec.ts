import { graphql, useServerOnTestDatabase } from './server';

const ORGANIZER = 'organizer@demo.skillshift.local';
const ME = '{ me { name email roles { role organizingBodyName } } }';

interface DevMail {
  to: string;
  subject: string;
  links: string[];
}

describe('sign-in journey of the demo organizer', () => {
  const context = useServerOnTestDatabase();

  async function mailTo(address: string): Promise<DevMail> {
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
      const mails = (await (await fetch(`${context.server.url}/dev/mailbox.json`)).json()) as DevMail[];
      const mail = mails.find((candidate) => candidate.to === address);
      if (mail) return mail;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`no mail to ${address} within 15 s`);
  }

  it('requests a link, opens it (nothing happens), signs in with the button, and signs out everywhere', async () => {
    expect(context.server.output()).toContain(`enter ${ORGANIZER}`);
    const requested = await graphql(
      context.server.url,
      `mutation { requestSignInLink(email: "${ORGANIZER}", locale: "en") }`,
    );
    expect(requested.body).toEqual({ data: { requestSignInLink: true } });
    const unknown = await graphql(
      context.server.url,
      `
        mutation {
          requestSignInLink(email: "nobody@example.org", locale: "en")
        }
      `,
    );
    expect(unknown.body).toEqual(requested.body);

    const mail = await mailTo(ORGANIZER);
    expect(mail.subject).toBe('Your sign-in link for SkillShift');
    const link = new URL(mail.links.find((candidate) => candidate.includes('/auth/verify?token='))!);
    const token = link.searchParams.get('token')!;

    // What a mail scanner does: GET the link. A page, no session, the token unused.
    const page = await fetch(`${context.server.url}${link.pathname}${link.search}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('set-cookie')).toBeNull();
    expect(await page.text()).toContain('<button type="submit">Sign in</button>');

    const verify = await fetch(`${context.server.url}/auth/verify`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: context.server.url },
      body: new URLSearchParams({ token, lang: 'en' }),
    });
    expect(verify.status).toBe(303);
    expect(verify.headers.get('location')).toBe('/dashboard');
    const cookie = verify.headers.get('set-cookie')!.split(';')[0];
    expect(cookie).toMatch(/^skillshift_session=[A-Za-z0-9_-]{43}$/);

    const me = await graphql(context.server.url, ME, { cookie });
    expect(me.body.data?.me).toEqual({
      name: 'Demo Organizer',
      email: ORGANIZER,
      roles: [{ role: 'ORGANIZER', organizingBodyName: 'Hansestadt Lübeck — Social Smart City' }],
    });

    const out = await graphql(context.server.url, 'mutation { signOutEverywhere }', { cookie });
    expect(out.body).toEqual({ data: { signOutEverywhere: true } });
    expect((await graphql(context.server.url, ME, { cookie })).body).toEqual({ data: { me: null } });
  });
});
