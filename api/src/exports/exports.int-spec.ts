import { gql, startTestApp, type TestApp } from '../../test/app';
import { csvObjects, parseCsv } from '../../test/csv';
import { pointFeatureCollection } from '../../test/geojson';
import { createBody, createPerson, sessionCookieFor } from '../../test/people';
import { createChallenge, createOpenEvent } from '../../test/volunteers';

describe('exports for the city', () => {
  let app: TestApp;
  let lübeck: string;
  let kiel: string;
  let event: { id: string; slots: { id: string }[] };
  const cookies: Record<string, string> = {};

  beforeAll(async () => {
    app = await startTestApp();
    const { dataSource } = app;
    lübeck = await createBody(dataSource, 'Hansestadt Lübeck');
    kiel = await createBody(dataSource, 'Landeshauptstadt Kiel', 'Kiel');
    const person = async (key: string, roles: Parameters<typeof createPerson>[2], name = '') =>
      (cookies[key] = await sessionCookieFor(
        dataSource,
        await createPerson(dataSource, `${key}@example.org`, roles, name),
      ));
    await person('organizer', [{ role: 'ORGANIZER', organizingBodyId: lübeck }], 'Olga Orga');
    await person('kielOrganizer', [{ role: 'ORGANIZER', organizingBodyId: kiel }]);
    await person('admin', [{ role: 'PLATFORM_ADMIN' }]);
    await person('volunteer', [{ role: 'VOLUNTEER' }]);
    event = await createOpenEvent(app, cookies.organizer, lübeck, { name: 'Nachtschicht Lübeck 2038' });

    const nonprofit = async (name: string, publish: boolean, latitude: number | null, longitude: number | null) => {
      const [row] = (await dataSource.query(
        `INSERT INTO nonprofit (organizing_body_id, name, name_key, legal_form, causes, district, publish_on_map,
                                latitude, longitude)
         VALUES ($1, $2, lower($2), 'EV', '{SENIORS,NEIGHBOURHOOD}', 'St. Jürgen', $3, $4, $5) RETURNING id`,
        [lübeck, name, publish, latitude, longitude],
      )) as { id: string }[];
      return row.id;
    };
    await nonprofit('Seniorentreff St. Jürgen', true, 53.8541234567, 10.7055);
    await nonprofit('Verein ohne Zustimmung', false, 53.86, 10.68);
    await nonprofit('Verein ohne Koordinaten', true, null, null);

    const accepted = await createChallenge(dataSource, {
      organizingBodyId: lübeck,
      eventId: event.id,
      status: 'ACCEPTED',
      title: 'Mitgliederliste, "digital", bitte',
      skills: [{ skill: 'data.spreadsheets.excel', level: 2, required: true }],
      slotIds: [event.slots[0].id],
    });
    await createChallenge(dataSource, {
      organizingBodyId: lübeck,
      eventId: event.id,
      status: 'SUBMITTED',
      title: '=HYPERLINK("http://evil.example")',
      skills: [],
      slotIds: [],
    });

    // A summer moment: Berlin is two hours ahead of UTC then.
    await dataSource.query(`UPDATE challenge SET submitted_at = '2038-07-15T12:30:00Z' WHERE id = $1`, [accepted]);

    const volunteerId = await createPerson(dataSource, 'grace@example.org', [{ role: 'VOLUNTEER' }], 'Grace, Hopper');
    await dataSource.query(`UPDATE person SET phone = '+49 451 123' WHERE id = $1`, [volunteerId]);
    await dataSource.query(
      `INSERT INTO volunteer_profile (person_id, skills, languages, formats, causes)
       VALUES ($1, '[{"skill": "web.cms.wordpress", "level": 3}]', '{de,en}', '{ONSITE}', '{SENIORS}')`,
      [volunteerId],
    );
    const [registration] = (await dataSource.query(
      `INSERT INTO volunteer_registration (event_id, person_id, max_assignments, created_at)
       VALUES ($1, $2, 2, '2038-02-01T08:05:00Z') RETURNING id`,
      [event.id, volunteerId],
    )) as { id: string }[];
    // The first slot has a label, the second (19:45 in Berlin) none: the file names it by its start.
    await dataSource.query(
      `INSERT INTO volunteer_registration_slot (registration_id, slot_id) VALUES ($1, $2), ($1, $3)`,
      [registration.id, event.slots[0].id, event.slots[1].id],
    );
  });
  afterAll(() => app.close());

  const download = (path: string, cookie?: string, language = 'en') => {
    const call = app.http
      .get(path)
      .set('accept-language', language)
      .buffer(true)
      .parse((response, done) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => done(null, text));
      });
    return cookie ? call.set('cookie', cookie) : call;
  };
  const auditCount = async (action: string) =>
    (
      (await app.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = $1`, [action])) as {
        n: number;
      }[]
    )[0].n;

  describe('GeoJSON of the nonprofits on the map', () => {
    it('holds only nonprofits that agreed and have a position, as valid RFC 7946', async () => {
      const response = await download(`/api/exports/bodies/${lübeck}/nonprofits.geojson`, cookies.organizer);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(/^application\/geo\+json/);
      expect(response.headers['content-disposition']).toMatch(
        /^attachment; filename="nonprofits-hansestadt-luebeck-\d{4}-\d{2}-\d{2}\.geojson"$/,
      );
      expect(response.headers['cache-control']).toBe('no-store');
      const parsed = pointFeatureCollection.safeParse(JSON.parse(response.body as string));
      expect(parsed.error?.issues ?? []).toEqual([]);
      const collection = JSON.parse(response.body as string) as {
        features: { geometry: { coordinates: number[] }; properties: Record<string, unknown> }[];
      };
      expect(collection.features).toHaveLength(1);
      expect(collection.features[0].geometry.coordinates).toEqual([10.7055, 53.854123]);
      expect(collection.features[0].properties).toEqual({
        name: 'Seniorentreff St. Jürgen',
        causes: ['SENIORS', 'NEIGHBOURHOOD'],
        district: 'St. Jürgen',
      });
    });

    it('is an empty but valid collection for a body without published nonprofits', async () => {
      const response = await download(`/api/exports/bodies/${kiel}/nonprofits.geojson`, cookies.kielOrganizer);
      expect(response.status).toBe(200);
      expect(pointFeatureCollection.safeParse(JSON.parse(response.body as string)).success).toBe(true);
      expect(JSON.parse(response.body as string)).toEqual({ type: 'FeatureCollection', features: [] });
    });
  });

  describe('CSV of an event', () => {
    it('lists challenges with status, priority, nonprofit and skills, escaped and safe for spreadsheets', async () => {
      const response = await download(`/api/exports/events/${event.id}/challenges.csv`, cookies.organizer);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
      const rows = csvObjects(response.body as string);
      expect(rows).toHaveLength(2);
      const accepted = rows.find((row) => row.Status === 'accepted')!;
      expect(accepted).toMatchObject({
        Title: 'Mitgliederliste, "digital", bitte',
        Priority: '1',
        Nonprofit: 'Verein Mitgliederliste, "digital", bitte',
      });
      expect(accepted.Skills).toMatch(/\(level 2 – Intermediate, required\)$/);
      expect(accepted.Format).toBe('on site');
      // English files write moments on Berlin's wall clock, year first, which no spreadsheet reads day for month.
      expect(accepted['Submitted at']).toBe('2038-07-15 14:30');
      const formula = rows.find((row) => row.Status === 'submitted')!;
      expect(formula.Title).toBe(`'=HYPERLINK("http://evil.example")`);
    });

    it('filters challenges by status and names a bad filter', async () => {
      const accepted = await download(
        `/api/exports/events/${event.id}/challenges.csv?status=ACCEPTED`,
        cookies.organizer,
      );
      expect(parseCsv(accepted.body as string)).toHaveLength(2);
      const bad = await download(
        `/api/exports/events/${event.id}/challenges.csv?status=SOLVED`,
        cookies.organizer,
        'de',
      );
      expect(bad.status).toBe(400);
      expect(JSON.parse(bad.body as string).fields).toEqual([
        { path: 'status', message: 'Bitte wählen Sie einen der angebotenen Werte.' },
      ]);
    });

    it('lists volunteers with their registration, in German for German browsers, separated as German Excel reads it', async () => {
      const response = await download(`/api/exports/events/${event.id}/volunteers.csv`, cookies.organizer, 'de');
      expect(response.status).toBe(200);
      const text = response.body as string;
      expect(text.startsWith('\uFEFFID der Anmeldung;Name;E-Mail;')).toBe(true);
      const rows = csvObjects(text, ';');
      expect(rows).toEqual([
        expect.objectContaining({
          Name: 'Grace, Hopper',
          'E-Mail': 'grace@example.org',
          Telefon: `'+49 451 123`,
          Anmeldung: 'angemeldet',
          'Höchstens Herausforderungen': '2',
          Sprachen: 'Deutsch; Englisch',
          'Von Veranstaltern angemeldet': 'nein',
        }),
      ]);
      // Moments as German spreadsheets read them, on Berlin's wall clock.
      expect(rows[0]['Zeitfenster']).toBe('Erste Runde; 04.03.2038 19:45');
      expect(rows[0]['Angemeldet am']).toBe('01.02.2038 09:05');
      const english = csvObjects(
        (await download(`/api/exports/events/${event.id}/volunteers.csv`, cookies.organizer)).body as string,
      );
      expect(english[0]).toMatchObject({ Slots: 'Erste Runde; 2038-03-04 19:45', 'Registered at': '2038-02-01 09:05' });
      expect(rows[0]['Fähigkeiten']).toMatch(/\(Stufe 3 – Sehr gute Kenntnisse\)$/);
    });
  });

  describe('who may export', () => {
    const paths = () => [
      `/api/exports/bodies/${lübeck}/nonprofits.geojson`,
      `/api/exports/events/${event.id}/challenges.csv`,
      `/api/exports/events/${event.id}/volunteers.csv`,
    ];

    it('refuses everyone but organizers of the body, and writes nothing to the audit log for them', async () => {
      const before = await auditCount('DATA_EXPORTED');
      for (const path of paths()) {
        expect((await download(path)).status).toBe(401);
        expect((await download(path, cookies.volunteer)).status).toBe(403);
        const foreign = await download(path, cookies.kielOrganizer);
        expect(foreign.status).toBe(403);
        expect(foreign.body).not.toContain('Grace');
      }
      expect(await auditCount('DATA_EXPORTED')).toBe(before);
    });

    it('lets platform admins export, and audit-logs every export with what and how many', async () => {
      const before = await auditCount('DATA_EXPORTED');
      for (const path of paths()) expect((await download(path, cookies.admin)).status).toBe(200);
      expect(await auditCount('DATA_EXPORTED')).toBe(before + 3);
      const [latest] = (await app.dataSource.query(
        `SELECT organizing_body_id, event_id, details FROM audit_log WHERE action = 'DATA_EXPORTED' ORDER BY at DESC LIMIT 1`,
      )) as { organizing_body_id: string; event_id: string; details: Record<string, unknown> }[];
      expect(latest).toEqual({
        organizing_body_id: lübeck,
        event_id: event.id,
        details: { kind: 'VOLUNTEERS_CSV', rows: 1, filter: null },
      });
    });

    it('answers 404 for events and bodies that do not exist', async () => {
      expect(
        (await download(`/api/exports/events/00000000-0000-4000-8000-000000000000/volunteers.csv`, cookies.organizer))
          .status,
      ).toBe(404);
      expect((await download(`/api/exports/bodies/not-a-body/nonprofits.geojson`, cookies.admin)).status).toBe(404);
    });
  });

  it('is not offered through GraphQL (the files are HTTP downloads)', async () => {
    const response = await gql(app, `{ __type(name: "Query") { fields { name } } }`);
    const names = (response.body.data.__type.fields as { name: string }[]).map((field) => field.name);
    expect(names.filter((name) => /export/i.test(name))).toEqual([]);
  });
});
