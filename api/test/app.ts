import { type INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { type AppConfig } from '../src/config/app-config';
import { createApp } from '../src/server';
import { testConfig } from './config';
import { createTestDatabase, type TestDatabase } from './database';

export interface TestApp {
  app: INestApplication;
  config: AppConfig;
  database: TestDatabase;
  dataSource: DataSource;
  http: ReturnType<typeof request>;
  close(): Promise<void>;
}

/** The whole Nest application (HTTP, GraphQL, mail worker) on its own migrated database, spoken to with supertest. */
export async function startTestApp(overrides: Partial<AppConfig> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = testConfig(overrides);
  const app = await createApp(config, database.url);
  await app.init();
  return {
    app,
    config,
    database,
    dataSource: app.get(DataSource),
    http: request(app.getHttpServer()),
    async close() {
      await app.close();
      await database.drop();
    },
  };
}

/** Posts a GraphQL operation as the web app does (JSON, so Apollo's CSRF prevention lets it through). */
export function gql(app: TestApp, query: string, variables: Record<string, unknown> = {}, cookie?: string) {
  const call = app.http
    .post('/graphql')
    .set('content-type', 'application/json')
    .set('accept-language', 'en')
    .send({ query, variables });
  return cookie ? call.set('cookie', cookie) : call;
}
