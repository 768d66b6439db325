export * from './define-messages.ts';
export { translate, hasMessage, type MessageKey } from './messages.ts';
