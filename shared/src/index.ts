export * from './locales';
export * from './events';
