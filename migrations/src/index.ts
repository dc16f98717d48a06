import { type MigrationInterface } from 'typeorm';
import { Init1795444624060 } from './1795444624060-Init';

// Every migration, oldest first. `npm run db:migration:generate -- Name` adds new ones here; landed ones are never edited.
export const MIGRATIONS: (new () => MigrationInterface)[] = [Init1795444624060];
