/**
 * Who hears back (features/contacts), in English: how a resident wants the report, left on a
 * phone or, on a note-taker's phone, at the door. Kept apart from notes and votes.
 */
export const hearBackEn = {
  heading: "Get the report",
  intro: "Want to hear what came of this event? Tell us how to send you the report. It is up to you, and kept apart from your notes and votes.",
  open: "Tell us how to send it",
  notNow: "Not now",
  doorHeading: "At the door: who wants the report",
  doorOpen: "Someone wants the report",
  doorIntro: "Type how a resident wants the report. It is kept apart from the notes, and deleted after the report is sent.",
  how: "How do you want the report?",
  channel: { text: "Text me", email: "Email me", post: "Post it", collect: "I'll collect it at the hub" },
  phone: "Mobile number",
  email: "Email address",
  address: "Postal address, with the postcode",
  name: "Your name (optional)",
  nameDoor: "Their name (optional)",
  send: "Send me the report",
  save: "Save",
  saving: "Saving…",
  thanks: "Thank you. We will send you the report, then delete your details.",
  savedDoor: "Saved. Ready for the next person.",
  problem: {
    phone: "That is not a phone number: use 7 to 15 digits, like 07700 900123.",
    email: "That is not an email address: it looks like name@example.org.",
    address: "Write the postal address with the postcode: at least a street and a town.",
    name: "A name has at most 80 characters.",
    extra: "Collecting at the hub needs no phone, email or address.",
  },
  failed: "Not saved: {{reason}}",
};
