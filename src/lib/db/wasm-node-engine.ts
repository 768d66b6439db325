/** Kept for callers written before the Node engine became duckdb-wasm itself. */
export { openNodeEngine as openWasmNodeEngine } from './node-engine.ts';
