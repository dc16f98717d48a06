import { readFileSync } from 'node:fs';
import { type Download, expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { tabTo } from './keyboard';
import { signInThroughMailbox } from './session';

const ORGANIZER = 'organizer@demo.skillshift.local';
const BODY = 'Hansestadt Lübeck — Social Smart City';
/** A demo volunteer no other journey uses: this one erases the account. */
const VOLUNTEER = 'tim.schroeder@demo.skillshift.local';

async function saved(download: Promise<Download>): Promise<{ name: string; text: string }> {
  const file = await download;
  const path = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

/**
 * RFC 4180 as the export writes it: CRLF records, quoted fields with doubled quotes, a BOM in front; German files
 * separated by semicolons.
 */
function parseCsv(text: string, delimiter = ';'): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let index = 0; index < body.length; index++) {
    const char = body[index];
    if (quoted && char === '"' && body[index + 1] === '"') {
      field += '"';
      index++;
    } else if (quoted && char === '"') {
      quoted = false;
    } else if (quoted) {
      field += char;
    } else if (char === '"') {
      quoted = true;
    } else if (char === delimiter) {
      record.push(field);
      field = '';
    } else if (char === '\r' && body[index + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      index++;
    } else {
      field += char;
    }
  }
  expect(field, 'the file ends with CRLF').toBe('');
  return records;
}

/** From the dashboard to the body's exports page, by keyboard. */
async function openExports(page: Page) {
  await page.goto('/dashboard');
  await tabTo(page, page.getByRole('link', { name: `Exporte von ${BODY}` }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: `Exporte von ${BODY}` })).toBeVisible();
}

async function volunteersCsv(page: Page): Promise<string[][]> {
  const nachtschicht = page
    .getByRole('article')
    .filter({ has: page.getByRole('heading', { name: 'Nachtschicht Lübeck', exact: true }) });
  const button = nachtschicht.getByRole('link', { name: 'Freiwillige (CSV) von „Nachtschicht Lübeck“' });
  await tabTo(page, button);
  const file = await saved(
    Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]).then(([download]) => download),
  );
  expect(file.name).toMatch(/^volunteers-nachtschicht-luebeck-\d{4}-\d{2}-\d{2}\.csv$/);
  return parseCsv(file.text);
}

test('an organizer exports GeoJSON and CSV; a volunteer downloads their data and erases the account; totals stay', async ({
  browser,
  page,
}) => {
  await signInThroughMailbox(page, ORGANIZER);
  await openExports(page);
  await expectNoAxeViolations(page);

  await tabTo(page, page.getByRole('link', { name: 'GeoJSON herunterladen' }));
  const map = await saved(
    Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]).then(([download]) => download),
  );
  const geojson = JSON.parse(map.text) as {
    type: string;
    features: {
      type: string;
      geometry: { type: string; coordinates: number[] };
      properties: Record<string, unknown>;
    }[];
  };
  expect(geojson.type).toBe('FeatureCollection');
  expect(geojson).not.toHaveProperty('crs');
  for (const feature of geojson.features) {
    expect(feature.type).toBe('Feature');
    expect(feature.geometry.type).toBe('Point');
    const [longitude, latitude] = feature.geometry.coordinates;
    expect(feature.geometry.coordinates).toHaveLength(2);
    // Lübeck: longitude first, about 10.7; latitude about 53.9.
    expect(longitude).toBeGreaterThan(9);
    expect(longitude).toBeLessThan(12);
    expect(latitude).toBeGreaterThan(53);
    expect(latitude).toBeLessThan(55);
    expect(Object.keys(feature.properties).sort()).toEqual(['causes', 'district', 'name']);
  }

  const before = await volunteersCsv(page);
  const [header] = before;
  expect(header).toEqual(expect.arrayContaining(['Name', 'E-Mail', 'Anmeldung', 'Zeitfenster']));
  const email = header.indexOf('E-Mail');
  expect(before.some((row) => row[email] === VOLUNTEER)).toBe(true);
  // Values in the file's language, not the codes behind them.
  const registration = header.indexOf('Anmeldung');
  const languages = header.indexOf('Sprachen');
  for (const row of before.slice(1)) {
    expect(['angemeldet', 'abgemeldet']).toContain(row[registration]);
    expect(row[languages]).not.toMatch(/\b(de|en|ar)\b/);
  }
  expect(before.slice(1).some((row) => row[languages].includes('Deutsch'))).toBe(true);
  // Phone numbers that start with "+" keep the apostrophe against formulas: a spreadsheet would work out
  // "+49-451-123456" as arithmetic.
  const phones = before.slice(1).map((row) => row[header.indexOf('Telefon')]);
  expect(phones.some((phone) => /^'\+49 40 66969 \d+$/.test(phone))).toBe(true);
  // Moments as German spreadsheets read them (07.12.2026 14:05), not ISO 8601.
  const registeredAt = before.slice(1).map((row) => row[header.indexOf('Angemeldet am')]);
  expect(registeredAt.filter((moment) => !/^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$/.test(moment))).toEqual([]);
  const slots = before.slice(1).map((row) => row[header.indexOf('Zeitfenster')]);
  expect(slots.filter((slot) => /\d{4}-\d{2}-\d{2}/.test(slot))).toEqual([]);

  // The volunteer, in a browser of their own.
  const context = await browser.newContext();
  const volunteer = await context.newPage();
  await signInThroughMailbox(volunteer, VOLUNTEER);
  await tabTo(volunteer, volunteer.getByRole('button', { name: 'Konto von Tim Schröder' }));
  await volunteer.keyboard.press('Enter');
  await volunteer.getByRole('menuitem', { name: 'Konto und Datenschutz' }).click();
  await expect(volunteer.getByRole('heading', { level: 1, name: 'Ihr Konto und Ihre Daten' })).toBeVisible();
  await expect(volunteer.getByRole('cell', { name: 'Ihr Profil als Freiwillige*r' })).toBeVisible();
  await expectNoAxeViolations(volunteer);

  await tabTo(volunteer, volunteer.getByRole('link', { name: 'Meine Daten herunterladen' }));
  const data = await saved(
    Promise.all([volunteer.waitForEvent('download'), volunteer.keyboard.press('Enter')]).then(([download]) => download),
  );
  const personal = JSON.parse(data.text) as Record<string, { email?: string } | unknown[]>;
  expect(personal.person).toMatchObject({ email: VOLUNTEER, name: 'Tim Schröder' });
  expect((personal.volunteerRegistrations as unknown[]).length).toBeGreaterThan(0);
  expect(data.text).not.toMatch(/token_?hash/i);

  // Without the confirmation nothing happens, and the error names the checkbox.
  await tabTo(volunteer, volunteer.getByRole('button', { name: 'Mein Konto löschen' }));
  await volunteer.keyboard.press('Enter');
  await expect(volunteer.getByRole('link', { name: /: Bitte bestätigen Sie, dass das Konto/ })).toBeVisible();
  await expectNoAxeViolations(volunteer);
  await tabTo(volunteer, volunteer.getByRole('checkbox', { name: /Ich möchte mein Konto/ }));
  await volunteer.keyboard.press('Space');
  await tabTo(volunteer, volunteer.getByRole('button', { name: 'Mein Konto löschen' }));
  await volunteer.keyboard.press('Enter');
  await expect(volunteer).toHaveURL(/\/$/);
  await expect(volunteer.getByText('Ihr Konto wurde gelöscht. Danke, dass Sie dabei waren.')).toBeVisible();
  await expect(volunteer.getByRole('link', { name: 'Anmelden' })).toBeVisible();
  await expectNoAxeViolations(volunteer);
  await context.close();

  // The organizer's list still counts the registration, without the person.
  await openExports(page);
  const after = await volunteersCsv(page);
  expect(after.length).toBe(before.length);
  expect(after.some((row) => row[email] === VOLUNTEER)).toBe(false);
  expect(after.some((row) => row[header.indexOf('Name')] === '(Konto gelöscht)')).toBe(true);
});

test('an organizer adds a help point by keyboard and finds people for privacy requests', async ({ page }) => {
  await signInThroughMailbox(page, ORGANIZER);
  await tabTo(page, page.getByRole('link', { name: `Anlaufstellen von ${BODY}` }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: `Anlaufstellen von ${BODY}` })).toBeVisible();
  await expectNoAxeViolations(page);

  // Sent empty (Enter in a field sends the form): the summary names the fields and leads to them.
  await tabTo(page, page.getByRole('textbox', { name: /^Name/ }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Bitte korrigieren Sie Folgendes:')).toBeVisible();
  await expectNoAxeViolations(page);

  const name = `Digitalcafé Buntekuh ${Date.now()}`;
  await tabTo(page, page.getByRole('textbox', { name: /^Name/ }));
  await page.keyboard.type(name);
  await tabTo(page, page.getByRole('textbox', { name: /^Ort/ }));
  await page.keyboard.type('Lübeck');
  await tabTo(page, page.getByRole('textbox', { name: /^Öffnungszeiten/ }));
  await page.keyboard.type('Mi 15–18 Uhr');
  await tabTo(page, page.getByRole('checkbox', { name: 'Türkisch' }));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('checkbox', { name: /Online-Dienste von Ämtern/ }));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('textbox', { name: /^Website/ }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 3, name })).toBeVisible();
  await expect(page.getByText(`„${name}“ wurde hinzugefügt.`)).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto('/dashboard');
  await tabTo(page, page.getByRole('link', { name: `Datenschutzanfragen für ${BODY}` }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: `Datenschutzanfragen für ${BODY}` })).toBeVisible();
  await tabTo(page, page.getByRole('textbox', { name: /^Name, E-Mail-Adresse oder Telefonnummer/ }));
  await page.keyboard.type('Kowalska');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 3, name: 'Anna Kowalska' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Daten von Anna Kowalska herunterladen' })).toBeVisible();
  await expectNoAxeViolations(page);
});
