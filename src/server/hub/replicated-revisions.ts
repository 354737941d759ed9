type Doc = Record<string, unknown>;
type Handler = (next: () => Promise<unknown>, args: { docs: Doc[]; options: { new_edits?: boolean } }) => Promise<unknown>;
interface WrappedDb {
  bulkDocs: { _handlers?: Handler[] };
}

/**
 * express-pouchdb's validation (pouchdb-validation 4.2) overwrites a document's `_revisions`
 * with the stored revision's before it checks it. Replication writes with `new_edits: false`,
 * where `_revisions` is the document's history: so an edit replicated to the stand-in was
 * silently dropped (the hub kept the old revision). This runs before the validation and keeps
 * each replicated document's own history, whatever the validation assigns.
 */
export function keepReplicatedRevisions(db: WrappedDb): void {
  db.bulkDocs._handlers?.unshift((next, args) => {
    if (args.options.new_edits === false) {
      for (const doc of args.docs) {
        const own = doc._revisions;
        if (own === undefined) continue;
        Object.defineProperty(doc, "_revisions", { get: () => own, set: () => undefined, enumerable: true, configurable: true });
      }
    }
    return next();
  });
}
