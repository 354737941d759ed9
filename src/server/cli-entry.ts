import { main } from "./cli";

void main(process.argv.slice(2)).then(
  (code) => {
    if (code !== 0) process.exit(code);
  },
  (err: unknown) => {
    // Never a stack trace for the person: one line of what went wrong.
    console.error(`hearth: could not start: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
