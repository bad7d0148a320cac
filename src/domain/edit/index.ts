export * from './mapInfo';
export * from './structure';
export * from './cards';
export * from './connections';
export * from './plan';
