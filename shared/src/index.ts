export * from './locales';
export * from './events';
export * from './roles';
export * from './skills';
export * from './registration';
export * from './web-routes';
