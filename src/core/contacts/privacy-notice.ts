import { addMonths } from "../retention";
import { isolate } from "../text";
import { shortDate } from "../report/dates";
import { contactDeletionDate } from "./contact";

/** What the privacy notice is made from: the event's own settings, so its words stay true to them. */
export interface PrivacyNoticeInput {
  readonly title: string;
  readonly date: string;
  /** Months notes are kept after the event; null: until the organiser deletes the event. */
  readonly retentionMonths: number | null;
  /** Days contacts are kept after the report is marked sent. */
  readonly contactKeepDays: number;
  /** When the report was marked sent, if it has been. */
  readonly sentOn: string | null;
  /** Whether the event asks the optional "About you" questions (its Set up page). */
  readonly asksAboutYou: boolean;
}

export interface NoticeSection {
  readonly heading: string;
  readonly what: string;
  readonly why: string;
  readonly howLong: string;
  readonly whoSees: string;
}

export interface PrivacyNotice {
  readonly heading: string;
  readonly intro: string;
  readonly sections: readonly NoticeSection[];
  readonly yourChoices: readonly string[];
}

const days = (n: number) => (n === 0 ? "on the day" : `${n} day${n === 1 ? "" : "s"}`);

/** How long notes are kept, in words, from the event's retention setting. */
export function notesKeptText(input: Pick<PrivacyNoticeInput, "date" | "retentionMonths">): string {
  if (input.retentionMonths === null) return "Until the organiser deletes this event from their computer.";
  const until = addMonths(input.date, input.retentionMonths);
  const months = `${input.retentionMonths} month${input.retentionMonths === 1 ? "" : "s"}`;
  return `${months} after the event: they are deleted for good on ${shortDate(until)}. The themes and the report stay, without your notes.`;
}

/** How long contacts are kept, in words, from the contact deletion schedule. */
export function contactsKeptText(input: Pick<PrivacyNoticeInput, "contactKeepDays" | "sentOn">): string {
  const after = input.contactKeepDays === 0 ? "on the day the report is sent" : `${days(input.contactKeepDays)} after the report is sent`;
  const on = contactDeletionDate(input.sentOn, input.contactKeepDays);
  return on === null ? `Only until the report reaches you: they are deleted for good ${after}.` : `Only until the report reaches you: they are deleted for good on ${shortDate(on)} (${after}).`;
}

/**
 * The event's privacy notice in plain English: what is collected, why, for how long and who
 * sees it. Pure: the privacy panel shows it, and it prints as the notice for the door.
 */
export function privacyNotice(input: PrivacyNoticeInput): PrivacyNotice {
  return {
    heading: `How we look after what you tell us: ${isolate(input.title)}`,
    intro: `This event (${shortDate(input.date)}) is run with Hearth, on the organiser's own computer. Nothing you tell us goes to the internet or to anyone else's service. Everything below is optional: you can take part without giving any of it.`,
    sections: [
      ...notesAndVotes(input),
      ...(input.asksAboutYou ? [ABOUT_YOU] : []),
      {
        heading: "How to send you the report (if you ask)",
        what: "A phone number to text, an email address, a postal address, or a name to collect it at the hub.",
        why: "Only to send you the report of this event. Never for anything else.",
        howLong: contactsKeptText(input),
        whoSees: "Only the organiser, when sending the report. Kept apart from your notes, votes and answers, and never in the report, on the wall or on anyone's phone.",
      },
    ],
    yourChoices: [
      "You can withdraw a note you typed on your phone until it is put in a theme, or ask the facilitator to remove it.",
      "You can ask the organiser to delete your contact details at any time.",
      "Backups on the organiser's computer keep notes until newer backups replace them; contact details are taken out of the backups too when they are deleted.",
    ],
  };
}

/** The optional "About you" questions: said only where the event asks them. */
const ABOUT_YOU: NoticeSection = {
  heading: "About you",
  what: "Answers to optional questions such as age band or first language, kept only as counts per question and answer. Every question has \u201cprefer not to say\u201d.",
  why: "To know who we heard from and who we are still missing.",
  howLong: "As long as the event is kept, as counts only.",
  whoSees: "The organiser and the report, as totals. Nothing links an answer to you, your notes, your votes or your phone. Numbers from 1 to 4 are shown only as \u201cfewer than 5\u201d.",
};

function notesAndVotes(input: PrivacyNoticeInput): NoticeSection[] {
  return [
    {
      heading: "Your notes",
      what: "What you say or type at the tables. We do not ask for your name; a phone is only known by the name it shows (like \u201cParticipant 3\u201d) and its table.",
      why: "To write up what residents said, sort it into themes and decide with you what happens next.",
      howLong: notesKeptText(input),
      whoSees: "Everyone in the room on the board and the wall. The report quotes some notes, with names, phone numbers, emails and addresses taken out first.",
    },
    {
      heading: "Your votes",
      what: "The dots you place on themes or notes, on a phone, at the laptop or on paper. Not who you are.",
      why: "To count which priorities matter most to the people in the room.",
      howLong: "As long as the event is kept: totals only appear in the report.",
      whoSees: "Totals on the wall and in the report. A phone sees only its own dots.",
    },
  ];
}
