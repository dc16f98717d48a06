import { useServerOnTestDatabase } from './server';

const ORGANIZER = 'organizer@demo.skillshift.local';

interface Slot {
  startsAt: string;
  endsAt: string;
  capacity: number;
}
interface Event {
  id: string;
  name: string;
  status: string;
  nextStatuses: string[];
  organizingBodyName: string;
  languages: string[];
  slots: Slot[];
}
/** The fields these journeys ask for; each query picks some. */
interface Data {
  me: { roles: { organizingBodyId: string }[] };
  organizerEvents: { totalCount: number; items: Event[] };
  copyEvent: Event;
  changeEventStatus: Event;
  publicEvent: Event;
  upcomingEvents: Event[];
}

interface Answer {
  data?: Data | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

describe('an organizer prepares the next edition over HTTP', () => {
  const context = useServerOnTestDatabase();

  async function call(query: string, variables: Record<string, unknown> = {}, cookie?: string): Promise<Answer> {
    const response = await fetch(`${context.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'en', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as Answer;
  }

  /** Signs in as a person does: a link from the dev mailbox, its POST, the session cookie. */
  async function signIn(email: string): Promise<string> {
    await call(`mutation ($email: String!) { requestSignInLink(email: $email, locale: "en") }`, { email });
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
      const mails = (await (await fetch(`${context.server.url}/dev/mailbox.json`)).json()) as {
        to: string;
        links: string[];
      }[];
      const link = mails
        .find((mail) => mail.to === email)
        ?.links.find((candidate) => candidate.includes('/auth/verify?token='));
      if (link) {
        const verify = await fetch(`${context.server.url}/auth/verify`, {
          method: 'POST',
          redirect: 'manual',
          headers: { 'content-type': 'application/x-www-form-urlencoded', origin: context.server.url },
          body: new URLSearchParams({ token: new URL(link).searchParams.get('token')! }),
        });
        return verify.headers.get('set-cookie')!.split(';')[0];
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`no sign-in mail to ${email}`);
  }

  it('finds the seeded edition, copies it for next year, opens the copy and shows it publicly', async () => {
    const cookie = await signIn(ORGANIZER);
    const me = await call('{ me { roles { organizingBodyId } } }', {}, cookie);
    const bodyId = me.data!.me.roles[0].organizingBodyId;

    const list = await call(
      `query ($id: ID!) { organizerEvents(organizingBodyId: $id) { totalCount items { id name status slots { capacity } } } }`,
      { id: bodyId },
      cookie,
    );
    const { items, totalCount } = list.data!.organizerEvents;
    // the open Nachtschicht, the hackathon, last year's edition and the Travemünde evening twelve days ago
    expect(totalCount).toBe(4);
    const nachtschicht = items.find((event) => event.name === 'Nachtschicht Lübeck')!;
    expect(nachtschicht).toMatchObject({ status: 'OPEN', slots: [{ capacity: 8 }, { capacity: 6 }] });

    const copy = await call(
      `mutation ($id: ID!) { copyEvent(id: $id, offsetDays: 364, name: "Nachtschicht Lübeck (nächstes Jahr)") {
         id status slots { startsAt } } }`,
      { id: nachtschicht.id },
      cookie,
    );
    const copied = copy.data!.copyEvent;
    expect(copied).toMatchObject({ status: 'DRAFT' });
    expect(copied.slots).toHaveLength(2);

    const hidden = await call(`query ($id: ID!) { publicEvent(id: $id) { name } }`, { id: copied.id });
    expect(hidden.errors![0].extensions!.code).toBe('NOT_FOUND');
    const anonymous = await call(`mutation ($id: ID!) { changeEventStatus(id: $id, status: OPEN) { status } }`, {
      id: copied.id,
    });
    expect(anonymous.errors![0].extensions!.code).toBe('UNAUTHENTICATED');

    const opened = await call(
      `mutation ($id: ID!) { changeEventStatus(id: $id, status: OPEN) { status nextStatuses } }`,
      { id: copied.id },
      cookie,
    );
    expect(opened.data!.changeEventStatus).toEqual({ status: 'OPEN', nextStatuses: ['CLOSED'] });
    const shown = await call(
      `query ($id: ID!) { publicEvent(id: $id) { name organizingBodyName languages slots { startsAt endsAt } } }`,
      { id: copied.id },
    );
    expect(shown.data!.publicEvent).toMatchObject({
      name: 'Nachtschicht Lübeck (nächstes Jahr)',
      organizingBodyName: 'Hansestadt Lübeck — Social Smart City',
      // The demo challenges ask for Arabic, Ukrainian and Turkish speakers as well.
      languages: ['de', 'en', 'ar', 'uk', 'tr'],
    });
    expect(shown.data!.publicEvent.slots).toHaveLength(2);
    const upcoming = await call('{ upcomingEvents { id } }');
    expect(upcoming.data!.upcomingEvents.map((event) => event.id)).toContain(copied.id);
  });
});
