export * from "./result";
export * from "./contract";
export * from "./wire";
export * from "./transport";
export * from "./client";
export * from "./join-wire";
export * from "./outbox";
export * from "./distinct-methods";
