export * from "./places";
export * from "./priority";
export * from "./evidence";
export * from "./upserts";
export * from "./progress-report";
