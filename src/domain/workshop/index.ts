export * from './lookHere';
export * from './structure';
export * from './timer';
export * from './votes';
export * from './toBacklog';
