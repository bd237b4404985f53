// pouchdb-browser ships no types; core/sync/pouch.ts declares the part of its API Lectern uses.
declare module 'pouchdb-browser' {
  const PouchDB: new (name: string, options?: Record<string, unknown>) => unknown;
  export default PouchDB;
}

// A development dependency of the sync bench only (scripts/bench-sync.ts).
declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}
