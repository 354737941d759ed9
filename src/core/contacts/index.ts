export * from "./contact";
export * from "./privacy-notice";
