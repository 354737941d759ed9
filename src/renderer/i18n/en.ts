import { aboutYouEn } from "./about-you-en";
/**
 * The phone screens' words in English: the reference catalogue. Every other complete
 * catalogue has exactly these keys (checked by its type); partial ones fall back to these.
 * Plurals follow i18next: key_one, key_other (plus _few, _many… where a language needs them).
 */
export const en = {
  language: { label: "Language" },
  connection: {
    online: "Online",
    connecting: "Connecting…",
    offline_one: "Offline, {{count}} unsent",
    offline_other: "Offline, {{count}} unsent",
  },
  join: {
    heading: "Join the event",
    intro: "Type the code shown on the facilitator's screen. Or scan the QR code with your camera.",
    code: "Code",
    codeHint: "6 letters and numbers, like K7F 3QX",
    name: "Your name or table (optional)",
    submit: "Join",
    wrongCode: "That code is not right. Check it on the screen and try again.",
    tooMany: "Too many tries from here. Wait a minute, then try again.",
    roomFull: "The room is full: it has as many phones as it can serve. Share a screen with someone near you, or ask the facilitator.",
    badCode: "A code has 6 letters and numbers.",
    linkBroken: "This join link no longer works. Ask for the new QR code, or type the code.",
    connecting: "Joining…",
  },
  waiting: {
    heading: "Waiting to be let in",
    body: "The facilitator will let you in soon. Keep this page open.",
    shownAs: "You appear as: {{label}}",
    cancel: "Cancel",
  },
  removed: {
    heading: "This device is no longer in the event",
    body: "The facilitator removed it or did not let it in. If that was a mistake, ask them, then join again.",
    again: "Join again",
  },
  role: { notetaker: "Note-taker", participant: "Participant", projector: "Projector" },
  timer: {
    syncing: "Checking the time…",
    done: "Time’s up",
    running: "Running",
    paused: "Paused",
    ready: "Ready",
    timeLeft: "Time left: {{time}}",
    checking: "Time left: checking",
  },
  device: {
    youAre: "You are a {{role}}",
    shownAs: "Shown as {{label}}",
    /** A device's default name: its role and a number ("Participant 3"). */
    defaultName: "{{role}} {{n}}",
    now: "Now",
    notStarted: "The event has not started yet. This screen changes when it does.",
    question: "Question",
    loading: "Loading the event…",
    cannotOpen: "This event cannot be opened.",
    can: {
      notetaker: "Type what people at your table say. Each note goes straight to the board.",
      participant: "Add your ideas as notes. They go straight to the board.",
      participantWait: "Follow along here. You can add notes when the facilitator asks a question.",
      projector: "This screen follows the event.",
    },
  },
  note: {
    label: "Your note",
    which: "Which question?",
    add: "Add note",
    empty: "Type a note first.",
    tooLong: "A note has at most {{max}} characters.",
    count: "{{count}} of {{max}} characters",
    notAdded: "Not added: {{reason}}",
  },
  mine: {
    heading: "Your notes",
    none: "The notes you add appear here.",
    unsent: "Not sent yet",
    sent: "On the board",
    themed: "In a theme: ask the facilitator to change it",
    edit: "Edit",
    editNote: "Edit your note: {{text}}",
    editLabel: "Change your note",
    withdraw: "Withdraw",
    withdrawNote: "Withdraw your note: {{text}}",
    save: "Save",
    cancel: "Cancel",
    failed: "Not changed: {{reason}}",
  },
  /** The phone ballot (features/voting/PhoneBallot). Item labels are residents' words, passed in as values. */
  ballot: {
    idle: "No vote is open right now. This screen changes when voting starts.",
    budget_one: "You have {{count}} dot. Put it on what matters most to you.",
    budget_other: "You have {{count}} dots. Put them on what matters most to you.",
    onePerItem: "One dot per item.",
    upTo_one: "Up to {{count}} dot on one item.",
    upTo_other: "Up to {{count}} dots on one item.",
    timeLeft: "{{time}} left to vote.",
    left: "Dots left: <b>{{left}}</b> of {{total}}",
    add: "Add a dot: {{item}}",
    remove: "Take a dot off: {{item}}",
    dots_one: "{{count}} dot",
    dots_other: "{{count}} dots",
    voters_one: "{{count}} voter",
    voters_other: "{{count}} voters",
    loading: "Loading your dots…",
    done_one: "Your dot is placed. Thank you! You can move it until voting closes.",
    done_other: "All {{count}} dots placed. Thank you! You can move them until voting closes.",
    counted_one: "Your dot counted.",
    counted_other: "Your {{count}} dots counted.",
    turnout: "So far: {{voters}}, {{dots}}.",
    blind: "Results appear when the facilitator reveals them.",
    results: "Results",
    resultsOf: "Results: {{title}}",
    yours: "Your dots: {{count}}",
    closed: {
      draft: "Voting has not started yet.",
      paused: "Voting is paused. Wait for the facilitator to start it again.",
      closed: "Voting has closed.",
      timeUp: "Time is up for this round.",
      notOpen: "Voting is not open right now.",
    },
    refused: {
      noDot: "You have no dot on this item to take off.",
      onePerItem: "You already have a dot on this item: one dot per item in this round.",
      perItem_one: "You can put at most {{count}} dot on one item.",
      perItem_other: "You can put at most {{count}} dots on one item.",
      budget_one: "You have placed your only dot. Take it off to move it.",
      budget_other: "You have placed all {{count}} of your dots. Take one off another item to move it.",
      gone: "That item is no longer on the board.",
      notInRound: "That item is not part of this vote.",
      notAllowed: "This device cannot vote.",
      other: "Not counted: {{reason}}",
    },
  },
  /** The optional "About you" form (equality and reach monitoring). */
  aboutYou: aboutYouEn,
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
/** A complete catalogue: every key of the English one. */
export type Catalogue = Widen<typeof en>;
/** Extra keys are allowed at every level for the plural forms other languages need (_zero, _two, _few, _many). */
type Partially<T> = { [K in keyof T]?: T[K] extends string ? string : Partially<T[K]> } & { readonly [pluralForm: string]: unknown };
/** A partial catalogue: missing keys fall back to English. */
export type PartialCatalogue = Partially<Catalogue>;
