export * from "./round";
export * from "./ballot";
export * from "./items";
export * from "./budget";
export * from "./caps";
export * from "./tally";
