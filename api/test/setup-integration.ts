import 'reflect-metadata';
import { setLogLevel } from '../src/common/logging/logger';

// Integration tests start servers and wait on real I/O.
jest.setTimeout(60_000);
setLogLevel(process.env.LOG_LEVEL ?? 'silent');
