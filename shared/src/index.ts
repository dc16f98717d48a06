export * from './locales';
export * from './events';
export * from './skills';
