export { REPORT_EN } from "./en";
export { REPORT_CY } from "./cy";
export * from "./words";
