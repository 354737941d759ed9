/** Types for electron-runtime.mjs (plain JavaScript, so `npm start` needs no build step). */
export declare const projectRoot: string;
export interface ElectronRuntime {
  /** The executable's path, or the folder it would be in when missing. */
  readonly path: string;
  readonly installed: boolean;
}
export declare function electronRuntime(env?: NodeJS.ProcessEnv): ElectronRuntime;
