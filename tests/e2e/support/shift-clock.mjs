// Loaded into `hearth serve` with `node --import` by end-to-end tests that move the clock
// forward (retention, contacts' deletion): Date reads HEARTH_TEST_CLOCK_DAYS days ahead.
// Timers are not touched; only what the server takes as "now" and "today".
const days = Number(process.env.HEARTH_TEST_CLOCK_DAYS ?? "0");
if (Number.isFinite(days) && days !== 0) {
  const RealDate = Date;
  const shift = days * 24 * 60 * 60 * 1000;
  class ShiftedDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(RealDate.now() + shift);
      else super(...args);
    }
    static now() {
      return RealDate.now() + shift;
    }
  }
  globalThis.Date = ShiftedDate;
}
