export * from "./standard";
export * from "./set";
export * from "./counts";
export * from "./suppress";
export * from "./reach";
export * from "./report";
