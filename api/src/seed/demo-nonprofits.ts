import {
  type CauseArea,
  type ChallengeStatus,
  type LegalForm,
  type SkillId,
  type SkillLevel,
  type WorkFormat,
} from '@skillshift/shared';

/** Speaks for two demo nonprofits (the Tafel and the Seniorentreff); signs in through the dev mailbox. */
export const DEMO_NONPROFIT_CONTACT = { email: 'nonprofit@demo.skillshift.local', name: 'Demo Nonprofit Contact' };

export interface DemoNonprofit {
  name: string;
  legalForm: LegalForm;
  causes: CauseArea[];
  street: string;
  postalCode: string;
  district: string;
  website: string | null;
  description: string;
  /** Latitude and longitude, only for nonprofits that agreed to appear on the city's map. */
  map?: [number, number];
  /** Contact persons by name; the first one registered the nonprofit and writes its challenges. */
  contacts: string[];
  /** Only where a contact turned off the invitations to the body's next editions (on for the others). */
  inviteToNextEditions?: false;
}

// Websites use the reserved .example domain, so the demo never points at somebody's real site.
export const DEMO_NONPROFITS = {
  tafel: {
    name: 'Tafel Lübeck-Süd e.V.',
    legalForm: 'EV',
    causes: ['POVERTY', 'SOCIAL'],
    street: 'Andersenring 41',
    postalCode: '23560',
    district: 'Moisling',
    website: 'https://tafel-luebeck-sued.example',
    description:
      'Wir geben zweimal in der Woche Lebensmittel an rund 400 Haushalte aus Moisling, Buntekuh und St. Lorenz Süd ' +
      'aus. Gut 60 Ehrenamtliche holen Spenden bei Supermärkten ab, sortieren und verteilen.',
    map: [53.8401, 10.6352],
    contacts: [DEMO_NONPROFIT_CONTACT.name, 'Renate Holm'],
  },
  senioren: {
    name: 'Seniorentreff St. Gertrud e.V.',
    legalForm: 'EV',
    causes: ['SENIORS', 'NEIGHBOURHOOD'],
    street: 'Arnimstraße 12',
    postalCode: '23566',
    district: 'St. Gertrud',
    website: 'https://seniorentreff-st-gertrud.example',
    description:
      'Offener Treffpunkt für ältere Menschen im Stadtteil: Mittagstisch, Spielenachmittage, Ausflüge und donnerstags ' +
      'eine Sprechstunde „Handy und Computer“.',
    map: [53.8788, 10.7132],
    contacts: [DEMO_NONPROFIT_CONTACT.name, 'Helga Brandt'],
  },
  tsv: {
    name: 'TSV Buntekuh von 1972 e.V.',
    legalForm: 'EV',
    causes: ['SPORTS', 'CHILDREN_YOUTH'],
    street: 'Karavellenstraße 20',
    postalCode: '23556',
    district: 'Buntekuh',
    website: 'https://tsv-buntekuh.example',
    description:
      'Fußball, Turnen, Judo und Seniorensport für rund 650 Mitglieder, die Hälfte davon Kinder und Jugendliche. ' +
      'Alles ehrenamtlich organisiert.',
    map: [53.8652, 10.6389],
    contacts: ['Jens Petersen', 'Melanie Sommer'],
  },
  foerderverein: {
    name: 'Förderverein der Grundschule Kücknitz e.V.',
    legalForm: 'EV',
    causes: ['EDUCATION', 'CHILDREN_YOUTH'],
    street: 'Solmitzstraße 37',
    postalCode: '23569',
    district: 'Kücknitz',
    website: 'https://foerderverein-gs-kuecknitz.example',
    description:
      'Eltern, Lehrkräfte und Ehemalige unterstützen die Schule: Klassenfahrten für Kinder aus Familien mit wenig ' +
      'Geld, Bücher für die Schulbücherei und gerade den neuen Schulhof.',
    map: [53.9165, 10.7938],
    contacts: ['Sabine Kröger'],
  },
  bruecke: {
    name: 'Brücke – Beratung für Zugewanderte gGmbH',
    legalForm: 'GGMBH',
    causes: ['MIGRATION', 'SOCIAL'],
    street: 'Schwartauer Allee 84',
    postalCode: '23554',
    district: 'St. Lorenz Nord',
    website: 'https://bruecke-luebeck.example',
    description:
      'Kostenlose Beratung zu Aufenthalt, Arbeit, Wohnung und Schule auf Deutsch, Arabisch, Türkisch, Ukrainisch und ' +
      'Farsi. Sechs Beraterinnen und Berater, viele Termine nur mit Dolmetschenden.',
    map: [53.8752, 10.6612],
    contacts: ['Aylin Demir', 'Yusuf Haddad'],
  },
  jugendclub: {
    name: 'Jugendclub Schlutup e.V.',
    legalForm: 'EV',
    causes: ['CHILDREN_YOUTH', 'NEIGHBOURHOOD'],
    street: 'Mecklenburger Straße 21',
    postalCode: '23568',
    district: 'Schlutup',
    website: 'https://jugendclub-schlutup.example',
    description:
      'Offener Treff für 12- bis 21-Jährige mit Bandraum, Kicker und Hausaufgabenhilfe; im Sommer Kanutouren auf ' +
      'der Trave.',
    map: [53.8919, 10.8046],
    contacts: ['Kevin Laskowski'],
  },
  chor: {
    name: 'Chor Cantabile Lübeck e.V.',
    legalForm: 'EV',
    causes: ['CULTURE'],
    street: 'Aegidienstraße 14',
    postalCode: '23552',
    district: 'Innenstadt',
    website: 'https://cantabile-luebeck.example',
    description:
      'Gemischter Chor mit 48 Sängerinnen und Sängern; zwei Konzerte im Jahr in Lübecker Kirchen, geprobt wird ' +
      'dienstags im Gemeindehaus.',
    map: [53.8629, 10.6895],
    contacts: ['Martina Feddersen', 'Bernd Claußen'],
  },
  blinden: {
    name: 'Blinden- und Sehbehindertentreff Lübeck e.V.',
    legalForm: 'EV',
    causes: ['DISABILITY', 'HEALTH'],
    street: 'Ratzeburger Allee 111',
    postalCode: '23562',
    district: 'St. Jürgen',
    website: 'https://sehbehindertentreff-luebeck.example',
    description:
      'Selbsthilfe von und für blinde und sehbehinderte Menschen: Beratung zu Hilfsmitteln, Stammtisch, Begleitung ' +
      'bei Behördengängen und ein Tauschregal für Hörbücher.',
    map: [53.8452, 10.7031],
    contacts: ['Klaus-Dieter Rehder'],
  },
  inklusion: {
    name: 'Inklusionswerkstatt Trave gGmbH',
    legalForm: 'GGMBH',
    causes: ['DISABILITY', 'EDUCATION'],
    street: 'Hansestraße 22',
    postalCode: '23558',
    district: 'St. Lorenz Süd',
    website: 'https://inklusionswerkstatt-trave.example',
    description:
      'Arbeit und Bildung für 120 Menschen mit Lernschwierigkeiten: Holzwerkstatt, Druckerei, Kantine und Kurse in ' +
      'Leichter Sprache.',
    map: [53.8592, 10.6748],
    contacts: ['Thomas Oldenburg', 'Nadine Behrens'],
  },
  lesepaten: {
    name: 'Stiftung Lübecker Lesepaten',
    legalForm: 'FOUNDATION',
    causes: ['EDUCATION', 'CHILDREN_YOUTH'],
    street: 'Hüxstraße 61',
    postalCode: '23552',
    district: 'Innenstadt',
    website: 'https://lesepaten-luebeck.example',
    description:
      'Rund 300 Lesepatinnen und Lesepaten lesen jede Woche mit Grundschulkindern in 25 Lübecker Schulen und Kitas.',
    map: [53.8681, 10.6883],
    contacts: ['Anke Jessen'],
  },
  repair: {
    name: 'Repair-Café St. Jürgen',
    legalForm: 'INITIATIVE',
    causes: ['ENVIRONMENT', 'NEIGHBOURHOOD'],
    street: 'Kronsforder Allee 29',
    postalCode: '23560',
    district: 'St. Jürgen',
    website: null,
    description:
      'Einmal im Monat reparieren wir gemeinsam Toaster, Fahrräder, Kleidung und Laptops im Gemeindesaal, mit Kaffee ' +
      'und Kuchen. Eine lose Gruppe von etwa 20 Leuten, ohne Verein.',
    contacts: ['Ole Sievers'],
  },
  katzen: {
    name: 'Katzenhilfe Lübeck e.V.',
    legalForm: 'EV',
    causes: ['ANIMALS'],
    street: 'Moislinger Allee 75',
    postalCode: '23558',
    district: 'St. Lorenz Süd',
    website: 'https://katzenhilfe-luebeck.example',
    description:
      'Wir vermitteln Fundkatzen über 30 private Pflegestellen, lassen Streuner kastrieren und beraten zu ' +
      'Tierarztkosten.',
    contacts: ['Petra Wulf'],
    // Last year's challenge found no team; Petra Wulf looks for the next edition herself rather than be mailed.
    inviteToNextEditions: false,
  },
  gemeinschaftshaus: {
    name: 'Gemeinschaftshaus Eichholz e.V.',
    legalForm: 'EV',
    causes: ['NEIGHBOURHOOD', 'SOCIAL'],
    street: 'Wesloer Landstraße 40',
    postalCode: '23566',
    district: 'Eichholz',
    website: 'https://gemeinschaftshaus-eichholz.example',
    description:
      'Nachbarschaftshaus mit Café, Sozialberatung, Sprachkursen und Räumen, die Gruppen aus dem Viertel kostenlos ' +
      'nutzen.',
    map: [53.8871, 10.7402],
    contacts: ['Stefan Rathje', 'Olena Kovalenko'],
  },
  ostsee: {
    name: 'Ostseestrand sauber e.V.',
    legalForm: 'EV',
    causes: ['ENVIRONMENT'],
    street: 'Vorderreihe 48',
    postalCode: '23570',
    district: 'Travemünde',
    website: 'https://ostseestrand-sauber.example',
    description:
      'Monatliche Strandreinigungen zwischen Travemünde und Priwall, Müll-Workshops für Schulklassen und Gespräche ' +
      'mit der Gastronomie über Mehrweg.',
    map: [53.9617, 10.8703],
    contacts: ['Maren Thode'],
  },
  willkommen: {
    name: 'Willkommen in Kücknitz e.V.',
    legalForm: 'EV',
    causes: ['MIGRATION', 'HUMAN_RIGHTS'],
    street: 'Kücknitzer Hauptstraße 15',
    postalCode: '23569',
    district: 'Kücknitz',
    website: 'https://willkommen-kuecknitz.example',
    description:
      'Patenschaften zwischen Alteingesessenen und Geflüchteten, Begleitung zu Ämtern, ein Sprachcafé und eine ' +
      'Kleiderkammer, getragen von rund 180 Menschen, die regelmäßig spenden.',
    map: [53.9201, 10.8002],
    contacts: ['Fatma Yıldız', 'Hauke Jensen'],
  },
} satisfies Record<string, DemoNonprofit>;

export type DemoNonprofitKey = keyof typeof DEMO_NONPROFITS;

/** A step after the draft: the status the challenge moves to, with what was said (question, answer, reason). */
export type DemoStep = ChallengeStatus | [ChallengeStatus, string];

export interface DemoChallenge {
  by: DemoNonprofitKey;
  title: string;
  problem: string;
  goal: string;
  beneficiaries: string;
  tools: string;
  skills: [SkillId, SkillLevel, 'must' | 'nice'][];
  team: [number, number];
  languages: string[];
  format: WorkFormat;
  /** Indexes into the Nachtschicht's slots, in time order. A submitted challenge has ticked its whole checklist. */
  slots: number[];
  /** After the draft was created; who took each step follows from CHALLENGE_TRANSITIONS. */
  history: DemoStep[];
  priority?: number;
}

/** The briefs for the open Nachtschicht, as the nonprofits wrote them. */
export const DEMO_CHALLENGES: DemoChallenge[] = [
  {
    by: 'tafel',
    title: 'Schichtplan für 60 Ehrenamtliche statt Excel-Chaos',
    problem:
      'Unsere Ausgabeschichten planen wir in einer Excel-Datei auf dem Büro-PC. Wer tauschen will, schreibt in die ' +
      'WhatsApp-Gruppe, und abends trägt Renate alles von Hand nach. Jede Woche fallen Schichten aus, weil niemand ' +
      'den aktuellen Stand kennt.',
    goal:
      'Ein gemeinsamer Schichtplan, in den sich alle selbst eintragen und den man auch auf dem Handy sieht. Wer eine ' +
      'Schicht abgibt, sieht sofort, wer einspringen kann, und Renate pflegt den Plan ohne fremde Hilfe.',
    beneficiaries:
      'Die 60 Ehrenamtlichen der Ausgabe, viele über 65, und damit die rund 400 Haushalte, die bei uns einkaufen.',
    tools: 'Excel 2016 auf einem Windows-PC im Büro, eine WhatsApp-Gruppe, Telefonliste auf Papier. Kein Budget.',
    skills: [
      ['data.spreadsheets', 2, 'must'],
      ['process.volunteers', 2, 'must'],
      ['data.spreadsheets.google-sheets', 2, 'nice'],
      ['teaching.materials', 1, 'nice'],
    ],
    team: [2, 3],
    languages: ['de'],
    format: 'ONSITE',
    slots: [0, 1],
    history: ['SUBMITTED', 'ACCEPTED'],
    priority: 2,
  },
  {
    by: 'tafel',
    title: 'Kundendaten datenschutzkonform aufbewahren',
    problem:
      'Für die Einkaufsberechtigung sehen wir Bescheide vom Jobcenter oder vom Sozialamt. Kopien liegen in Ordnern, ' +
      'Namen und Haushaltsgröße zusätzlich in einer Excel-Liste, die einige Helfende auf ihren privaten Laptops ' +
      'haben. Wir wissen nicht, was wir davon überhaupt aufbewahren dürfen.',
    goal:
      'Wir wissen, welche Daten wir wirklich brauchen und wie lange. Es gibt ein kurzes Verarbeitungsverzeichnis, ' +
      'eine Regel zum Löschen und nur noch eine Liste an einer gesicherten Stelle.',
    beneficiaries: 'Unsere Kundinnen und Kunden, deren sehr persönliche Daten besser geschützt sind, und der Vorstand.',
    tools: 'Excel-Liste, Papierordner im Büro, private Laptops, ein USB-Stick für die Übergabe zwischen den Schichten.',
    skills: [
      ['security.gdpr', 3, 'must'],
      ['security.gdpr.records', 2, 'must'],
      ['security.gdpr.deletion', 2, 'nice'],
      ['data.spreadsheets.excel', 1, 'nice'],
    ],
    team: [1, 2],
    languages: ['de'],
    format: 'ONSITE',
    slots: [1],
    history: [
      'SUBMITTED',
      [
        'NEEDS_INFO',
        'Können alle, die heute eine Kopie der Liste haben, am Abend dabei sein oder ihre Laptops mitgeben? Sonst ' +
          'kann das Team nur ein Konzept schreiben und nichts aufräumen.',
      ],
    ],
  },
  {
    by: 'senioren',
    title: 'Tablets einrichten, damit Ältere mit ihren Enkeln videotelefonieren',
    problem:
      'Im Schrank liegen sechs gespendete Tablets, aber niemand von uns traut sich, sie einzurichten. Viele ' +
      'Besucherinnen möchten ihre Enkel in Hamburg oder Stuttgart sehen, haben aber kein eigenes Gerät oder ' +
      'scheitern schon an der Anmeldung.',
    goal:
      'Die Tablets sind eingerichtet (große Schrift, nur die nötigen Apps, ein Dienst für Videoanrufe), und eine ' +
      'bebilderte Anleitung in großer Schrift hilft unseren Ehrenamtlichen in der Donnerstagssprechstunde.',
    beneficiaries: 'Etwa 40 Besucherinnen und Besucher zwischen 70 und 92 Jahren, viele davon alleinstehend.',
    tools: 'Sechs Android-Tablets von 2022, WLAN im Treff, ein Drucker. Einige haben WhatsApp auf dem Handy.',
    skills: [
      ['teaching.seniors', 2, 'must'],
      ['office.video-conferencing', 2, 'must'],
      ['it.devices', 2, 'nice'],
      ['teaching.materials', 2, 'nice'],
    ],
    team: [2, 4],
    languages: ['de'],
    format: 'ONSITE',
    slots: [0],
    history: ['SUBMITTED', 'ACCEPTED'],
    priority: 2,
  },
  {
    by: 'tsv',
    title: 'Vereinswebsite (WordPress) seit Jahren nicht aktualisiert',
    problem:
      'Unsere WordPress-Seite hat ein früheres Mitglied 2019 gebaut. Seitdem hat niemand Updates gemacht, das Theme ' +
      'zeigt Warnungen, und Trainingszeiten ändern wir gar nicht mehr, weil keiner weiß, wie. Eltern fragen deshalb ' +
      'alles am Telefon.',
    goal:
      'WordPress, Theme und Plugins sind aktuell und gesichert, Überflüssiges ist entfernt, und zwei Übungsleitende ' +
      'pflegen Trainingszeiten und Neuigkeiten selbst. Updates und Sicherungen laufen automatisch.',
    beneficiaries: 'Rund 650 Mitglieder und ihre Eltern, und Familien aus Buntekuh, die einen Sportverein suchen.',
    tools: 'WordPress 5.2 bei einem günstigen Hoster, die Zugangsdaten hat der Kassenwart, dazu eine Facebook-Seite.',
    skills: [
      ['web.cms.wordpress', 2, 'must'],
      ['web.hosting', 2, 'nice'],
      ['security.backups', 2, 'nice'],
      ['teaching.materials', 1, 'nice'],
    ],
    team: [2, 3],
    languages: ['de', 'en'],
    format: 'HYBRID',
    slots: [0, 1],
    history: ['SUBMITTED', 'ACCEPTED'],
  },
  {
    by: 'foerderverein',
    title: 'Online spenden für den neuen Schulhof',
    problem:
      'Für den neuen Schulhof fehlen noch 18.000 Euro. Spenden gehen bisher nur per Überweisung, und Großeltern ' +
      'fragen immer wieder, ob das nicht auch mit PayPal geht. Die Spendenquittungen schreibt die Kassiererin ' +
      'einzeln in Word.',
    goal:
      'Auf unserer Website gibt es ein Spendenformular mit Lastschrift, PayPal und Überweisung, eine Anzeige, wie ' +
      'viel schon zusammengekommen ist, und Zuwendungsbestätigungen, die sich aus einer Liste erzeugen lassen.',
    beneficiaries: 'Rund 280 Kinder der Grundschule Kücknitz und ihre Familien, und unsere Kassiererin.',
    tools: 'Website bei Jimdo, Vereinskonto bei der Sparkasse, Word und Excel. Noch keine Spendenplattform.',
    skills: [
      ['fundraising.donation-forms', 2, 'must'],
      ['fundraising.payments', 2, 'must'],
      ['fundraising.receipts', 2, 'nice'],
      ['web.cms.builders', 1, 'nice'],
    ],
    team: [2, 3],
    languages: ['de', 'en'],
    format: 'HYBRID',
    slots: [1],
    history: [
      'SUBMITTED',
      [
        'NEEDS_INFO',
        'Ist der Verein als gemeinnützig anerkannt und darf Zuwendungsbestätigungen ausstellen? Und wer aus dem ' +
          'Vorstand kann am Abend über einen Zahlungsanbieter entscheiden?',
      ],
      [
        'SUBMITTED',
        'Ja, der Freistellungsbescheid ist von 2025. Unsere Vorsitzende kommt mit und entscheidet vor Ort.',
      ],
    ],
  },
  {
    by: 'bruecke',
    title: 'Mehrsprachiges Formular für Beratungstermine',
    problem:
      'Termine vergeben wir nur am Telefon, zwei Stunden am Vormittag. Die Leitung ist ständig besetzt, und wer kein ' +
      'Deutsch spricht, bringt Kinder oder Nachbarn zum Übersetzen mit. Viele kommen erst, wenn eine Frist schon ' +
      'abgelaufen ist.',
    goal:
      'Ein einfaches Online-Formular auf Deutsch, Arabisch (von rechts nach links), Türkisch und Ukrainisch für ' +
      'Anliegen, Sprache und Wunschzeit. Die Anfragen kommen datenschutzkonform bei uns an, nicht in einem privaten ' +
      'Postfach.',
    beneficiaries:
      'Zugewanderte und Geflüchtete in Lübeck, rund 1.500 Beratungen im Jahr, besonders Frauen, die zur ' +
      'Telefonsprechstunde nicht anrufen können.',
    tools: 'Website auf TYPO3, betreut vom Träger; Outlook-Kalender; Anmeldebögen bisher nur auf Papier.',
    skills: [
      ['process.forms', 2, 'must'],
      ['security.gdpr', 2, 'must'],
      ['web.cms.typo3', 2, 'nice'],
      ['ai.translation', 1, 'nice'],
      ['accessibility.easy-language', 2, 'nice'],
    ],
    team: [2, 4],
    languages: ['de', 'ar'],
    format: 'HYBRID',
    slots: [0, 1],
    history: ['SUBMITTED', 'ACCEPTED'],
    priority: 3,
  },
  {
    by: 'jugendclub',
    title: 'Ein Instagram-Kanal, den die Jugendlichen selbst machen',
    problem:
      'Unser Instagram-Account hat 90 Follower, der letzte Beitrag ist ein Jahr alt. Die Jugendlichen filmen ständig ' +
      'mit dem Handy, aber es fehlt jemand, der mit ihnen Regeln und einen Plan aufstellt und zeigt, wie aus den ' +
      'Clips kurze Videos werden.',
    goal:
      'Eine Redaktionsgruppe aus vier Jugendlichen hat einen einfachen Plan, Regeln zu Bildrechten und Datenschutz, ' +
      'zwei fertige Reels und weiß, wie man Clips auf dem Handy schneidet.',
    beneficiaries: 'Die rund 50 Stammgäste des Clubs und Jugendliche in Schlutup, die uns noch nicht kennen.',
    tools: 'Instagram-Account, die Handys der Jugendlichen, ein Club-Tablet, CapCut zum Schneiden.',
    skills: [
      ['social.instagram', 2, 'must'],
      ['teaching.youth', 2, 'must'],
      ['media.video-editing', 2, 'must'],
      ['social.content-planning', 1, 'nice'],
    ],
    team: [2, 3],
    languages: ['de'],
    format: 'ONSITE',
    slots: [0],
    history: ['SUBMITTED', 'ACCEPTED'],
  },
  {
    by: 'chor',
    title: 'Noten und Probenaufnahmen an einem Ort (Nextcloud)',
    problem:
      'Noten, Übe-Dateien und Probenaufnahmen verschicken wir als E-Mail-Anhänge, die oft zu groß sind. Wer neu ' +
      'dazukommt, bekommt einen Stapel weitergeleiteter Mails. Über den Chorverband hätten wir eine Nextcloud, die ' +
      'aber niemand nutzt.',
    goal:
      'In der Nextcloud gibt es Ordner nach Stimmen und Konzerten, alle 48 Mitglieder haben einen Zugang, und die ' +
      'Stimmführerinnen wissen, wie sie Aufnahmen hochladen und freigeben.',
    beneficiaries: 'Die Sängerinnen und Sänger, vor allem alle, die zu Hause mit Aufnahmen üben, und der Vorstand.',
    tools: 'Nextcloud beim Chorverband, E-Mail, ein Zoom-Rekorder für die Proben, Noten als PDF.',
    skills: [
      ['office.nextcloud', 2, 'must'],
      ['office.files', 2, 'nice'],
      ['teaching.materials', 1, 'nice'],
    ],
    team: [1, 2],
    languages: ['de', 'en'],
    format: 'REMOTE',
    slots: [1],
    history: ['SUBMITTED'],
  },
  {
    by: 'blinden',
    title: 'Eine Website, die unsere Mitglieder selbst bedienen können',
    problem:
      'Ausgerechnet unsere eigene Website funktioniert mit dem Screenreader schlecht: Bilder ohne Beschreibung, ein ' +
      'Menü, das sich mit der Tastatur nicht öffnen lässt, Termine als eingescanntes PDF. Mitglieder rufen an, um ' +
      'zu erfahren, wann der Stammtisch ist.',
    goal:
      'Startseite, Terminkalender und Kontaktformular lassen sich mit Tastatur und Screenreader bedienen, eine ' +
      'Prüfliste zeigt, was noch fehlt, und Termine stehen als Text statt als PDF auf der Seite.',
    beneficiaries:
      'Rund 170 Mitglieder, die meisten über 60, und Menschen, deren Sehkraft gerade nachlässt und die Rat suchen.',
    tools: 'WordPress mit einem gekauften Theme; unsere Mitglieder testen mit NVDA, JAWS und VoiceOver auf dem iPhone.',
    skills: [
      ['accessibility.web', 2, 'must'],
      ['accessibility.web.audit', 3, 'must'],
      ['web.cms.wordpress', 2, 'must'],
      ['accessibility.documents', 2, 'nice'],
    ],
    team: [2, 4],
    languages: ['de'],
    format: 'ONSITE',
    slots: [0, 1],
    history: ['SUBMITTED', 'ACCEPTED'],
    priority: 3,
  },
  {
    by: 'inklusion',
    title: 'Infos in Leichter Sprache, mit einem kurzen Erklärvideo',
    problem:
      'Speiseplan, Kurse und Zeiten des Fahrdienstes finden unsere Beschäftigten nur auf Aushängen. Die Website ist ' +
      'in schwerer Sprache geschrieben, und ein Erklärvideo, das wir mit dem Handy gedreht haben, hat keine ' +
      'Untertitel und ist nie fertig geschnitten worden.',
    goal:
      'Drei Seiten der Website in Leichter Sprache, die auch mit der Vorlesefunktion gut funktionieren, und ein ' +
      'geschnittenes Erklärvideo mit Untertiteln zum Fahrdienst. Unser Prüfkreis liest die Texte gegen.',
    beneficiaries: '120 Beschäftigte mit Lernschwierigkeiten, ihre Angehörigen und Betreuerinnen.',
    tools: 'Website auf WordPress, Handy-Videos, PowerPoint; der Prüfkreis für Leichte Sprache trifft sich montags.',
    skills: [
      ['accessibility.easy-language', 2, 'must'],
      ['accessibility.web', 2, 'must'],
      ['media.video-editing', 2, 'must'],
      ['accessibility.captions', 2, 'nice'],
    ],
    team: [2, 4],
    languages: ['de'],
    format: 'ONSITE',
    slots: [0],
    history: [
      'SUBMITTED',
      [
        'NEEDS_INFO',
        'Kann jemand aus dem Prüfkreis am Abend dabei sein? Leichte Sprache ohne Gegenlesen wäre nur halb fertig.',
      ],
      ['SUBMITTED', 'Ja, zwei Beschäftigte aus dem Prüfkreis kommen mit in die erste Runde.'],
      'ACCEPTED',
    ],
    priority: 2,
  },
  {
    by: 'lesepaten',
    title: 'Newsletter an 300 Lesepaten statt Outlook-Verteiler',
    problem:
      'Unsere Rundmails gehen aus einem Outlook-Postfach an 300 Adressen in BCC. Regelmäßig landen sie im Spam, ' +
      'Abmeldungen tragen wir von Hand aus, und ob jemand die Mail gelesen hat, wissen wir nicht.',
    goal:
      'Ein Newsletter-Werkzeug mit Servern in der EU ist eingerichtet, die Adressen sind mit Einwilligung importiert, ' +
      'eine Vorlage in unseren Farben steht, und die erste Ausgabe ist vorbereitet.',
    beneficiaries: 'Rund 300 Lesepatinnen und Lesepaten und die Schulen und Kitas, die auf neue Lesepaten warten.',
    tools: 'Outlook über eine Nonprofit-Lizenz von Microsoft 365, Adressliste in Excel, Logo und Farben als PDF.',
    skills: [
      ['comms.newsletter', 2, 'must'],
      ['security.gdpr', 1, 'nice'],
      ['design.corporate', 1, 'nice'],
      ['data.cleaning', 1, 'nice'],
    ],
    team: [1, 3],
    languages: ['de', 'en'],
    format: 'HYBRID',
    slots: [1],
    history: ['SUBMITTED', 'ACCEPTED'],
  },
  {
    by: 'repair',
    title: 'Flyer und Plakate, die wir selbst ändern können',
    problem:
      'Für jeden Termin basteln wir einen neuen Flyer in Word, und jedes Mal sieht er anders aus. Die Plakate in der ' +
      'Bücherei und im Supermarkt sind schlecht lesbar, und auf Instagram teilen wir ein Foto vom Papier.',
    goal:
      'Eine Canva-Vorlage für Flyer, Plakat und Instagram-Beitrag, in der wir nur Datum und Ort ändern. Drei Leute ' +
      'aus der Gruppe können damit umgehen.',
    beneficiaries: 'Nachbarinnen und Nachbarn in St. Jürgen, die lieber reparieren als wegwerfen, und unsere Aktiven.',
    tools: 'Word, ein kostenloser Canva-Zugang, Instagram über ein privates Handy.',
    skills: [
      ['design.canva', 2, 'must'],
      ['design.print', 1, 'nice'],
      ['social.instagram', 1, 'nice'],
    ],
    team: [1, 2],
    languages: ['de'],
    format: 'ONSITE',
    slots: [1],
    history: ['SUBMITTED'],
  },
  {
    by: 'katzen',
    title: 'Mitgliedsbeiträge und Lastschriften ohne Zettelwirtschaft',
    problem:
      'Unsere 210 Mitglieder zahlen zwischen 24 und 120 Euro im Jahr, manche per Lastschrift, andere überweisen, ' +
      'wenn sie daran denken. Die Kassiererin gleicht jeden Kontoauszug mit einer Excel-Liste ab und braucht dafür ' +
      'jedes Frühjahr Wochen.',
    goal:
      'Eine Excel-Mappe oder ein einfaches Vereinsprogramm, aus dem wir die Lastschriftdatei für die Bank erzeugen ' +
      'und sehen, wer noch nicht bezahlt hat, mit datenschutzkonform abgelegten Mitgliedsdaten.',
    beneficiaries: 'Kassiererin und Vorstand, und am Ende die Katzen, weil mehr Zeit für die Pflegestellen bleibt.',
    tools: 'Excel, Online-Banking bei der Volksbank mit SEPA-Lastschrift, Mitgliedsanträge auf Papier.',
    skills: [
      ['data.spreadsheets.excel', 3, 'must'],
      ['finance.banking', 2, 'must'],
      ['crm.members', 2, 'nice'],
      ['security.gdpr', 1, 'nice'],
    ],
    team: [1, 3],
    languages: ['de'],
    format: 'HYBRID',
    slots: [0, 1],
    history: ['SUBMITTED'],
  },
  {
    by: 'gemeinschaftshaus',
    title: 'WLAN, das im ganzen Haus funktioniert',
    problem:
      'Das WLAN reicht nur im Café. In den Kursräumen im ersten Stock brechen Videoanrufe und Online-Sprachtests ab, ' +
      'und das Passwort kennt inzwischen das halbe Viertel. Der Router hängt im Keller neben dem Stromzähler.',
    goal:
      'Stabiles WLAN in Café, Kursräumen und Beratungsbüro, getrennte Netze für Gäste und Mitarbeitende, ein ' +
      'Passwort, das wir regelmäßig wechseln, und eine einfache Beschreibung, was wo hängt.',
    beneficiaries: 'Die Teilnehmenden der Sprach- und Computerkurse, die Sozialberatung und die Gruppen im Haus.',
    tools: 'FritzBox 7490 im Keller, ein alter Repeater, 50 Mbit/s. Für neue Geräte sind 400 Euro da.',
    skills: [
      ['it.network.wifi', 2, 'must'],
      ['it.network.router', 2, 'must'],
      ['it.hardware', 2, 'nice'],
      ['it.inventory', 1, 'nice'],
    ],
    team: [1, 2],
    languages: ['de', 'uk'],
    format: 'ONSITE',
    slots: [0],
    history: [
      'SUBMITTED',
      [
        'NEEDS_INFO',
        'Wer hat die Zugangsdaten für den Router und den Vertrag mit dem Anbieter? Und dürfen am Abend Kabel durch ' +
          'das Treppenhaus verlegt werden?',
      ],
    ],
  },
  {
    by: 'ostsee',
    title: 'App zum Melden von Müll am Strand',
    problem:
      'Spaziergänger melden uns Müllfunde per Mail, aber Foto und Ortsangabe passen oft nicht zusammen. Wir hätten ' +
      'gern eine eigene App, in der man Funde mit Foto und Standort meldet.',
    goal: 'Eine App für iPhone und Android zum Melden von Müll und eine Karte mit allen Meldungen für unsere Aktionstage.',
    beneficiaries: 'Alle, die am Travemünder Strand und auf dem Priwall spazieren gehen, und unsere Aktionsgruppen.',
    tools: 'E-Mail und eine Google-Maps-Karte, die ein Mitglied von Hand pflegt.',
    skills: [
      ['dev.mobile', 3, 'must'],
      ['dev.apis', 2, 'must'],
      ['data.visualisation', 2, 'nice'],
    ],
    team: [3, 5],
    languages: ['de', 'en'],
    format: 'HYBRID',
    slots: [0, 1],
    history: [
      'SUBMITTED',
      [
        'REJECTED',
        'Eine eigene App lässt sich an einem Abend nicht bauen und später kaum pflegen. Unser Vorschlag: ein ' +
          'Online-Formular mit Foto-Upload und eine geteilte Karte. Das passt gut zum Social Hackathon, bitte meldet ' +
          'euch dort an.',
      ],
    ],
  },
  {
    by: 'willkommen',
    title: 'Datensicherung für die zwei Vereinslaptops',
    problem:
      'Patenschaftsverträge, Spendenlisten und Fotos liegen auf zwei Laptops im Sprachcafé, eine Sicherung gibt es ' +
      'nicht. Im Frühjahr ist eine Festplatte kaputtgegangen, und die Liste der Kleiderkammer war weg.',
    goal:
      'Beide Laptops sichern sich automatisch auf eine verschlüsselte Festplatte und in eine Cloud, und zwei ' +
      'Ehrenamtliche wissen, wie man eine Datei zurückholt.',
    beneficiaries: 'Unsere 40 Ehrenamtlichen und die Familien, deren Unterlagen wir für sie aufbewahren.',
    tools: 'Zwei Laptops mit Windows 10, eine externe Festplatte, OneDrive mit 5 GB kostenlosem Speicher.',
    skills: [
      ['security.backups', 2, 'must'],
      ['it.windows', 2, 'nice'],
    ],
    team: [1, 2],
    languages: ['de'],
    format: 'ONSITE',
    slots: [1],
    history: [
      'SUBMITTED',
      ['WITHDRAWN', 'Hat sich erledigt: Ein Mitglied, das in der IT arbeitet, hat die Sicherung eingerichtet. Danke!'],
    ],
  },
  {
    by: 'willkommen',
    title: 'Spender- und Patenschaftsdaten in CiviCRM zusammenführen',
    problem:
      'Fördernde, Patenschaften und Helfende der Kleiderkammer stehen in drei Excel-Listen und einem alten CiviCRM, ' +
      'das ein Mitglied 2021 eingerichtet hat. Viele Adressen sind doppelt oder veraltet, und für die ' +
      'Zuwendungsbestätigungen sucht die Kassiererin alles zusammen.',
    goal:
      'Alle Kontakte stehen bereinigt in CiviCRM, Dubletten sind zusammengeführt, und es gibt gespeicherte Suchen ' +
      'für Fördernde, Patenschaften und den jährlichen Versand der Zuwendungsbestätigungen.',
    beneficiaries: 'Rund 180 Fördernde und 60 Patenschaften, und der Vorstand, der endlich den Überblick hat.',
    tools: 'CiviCRM 5 auf WordPress (gehostet beim Landesverband), drei Excel-Listen, Kontoauszüge als CSV.',
    skills: [
      ['crm.civicrm', 2, 'must'],
      ['crm.migration', 2, 'nice'],
      ['data.cleaning', 2, 'nice'],
      ['fundraising.receipts', 1, 'nice'],
    ],
    team: [2, 3],
    languages: ['de', 'tr'],
    format: 'HYBRID',
    slots: [0, 1],
    history: ['SUBMITTED', 'ACCEPTED'],
  },
  {
    by: 'lesepaten',
    title: 'Online-Anmeldung für neue Lesepaten',
    problem:
      'Wer Lesepatin werden will, lädt ein PDF herunter, druckt es aus und schickt es per Post. Viele Interessierte ' +
      'hören wir danach nie wieder.',
    goal: 'Ein Online-Formular für die Anmeldung, das die Angaben sicher an unsere Koordinatorin schickt.',
    beneficiaries: 'Menschen, die Lesepatin oder Lesepate werden wollen, und unsere Koordinatorin.',
    tools: 'Website bei einem Homepage-Baukasten, E-Mail, ein PDF-Formular.',
    skills: [['process.forms', 2, 'must']],
    team: [1, 2],
    languages: ['de'],
    format: 'REMOTE',
    slots: [],
    history: [],
  },
];
