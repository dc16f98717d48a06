// Journeys start real processes and databases.
jest.setTimeout(120_000);
