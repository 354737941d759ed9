import type { Catalogue } from "./en";

/** Polish, complete. Plurals: _one (1), _few (2–4, 22–24…), _many (5–21, 25…), _other (fractions). */
export const pl: Catalogue & { connection: { offline_few: string; offline_many: string } } = {
  language: { label: "Język" },
  connection: {
    online: "Połączono",
    connecting: "Łączenie…",
    offline_one: "Bez połączenia, {{count}} niewysłana",
    offline_few: "Bez połączenia, {{count}} niewysłane",
    offline_many: "Bez połączenia, {{count}} niewysłanych",
    offline_other: "Bez połączenia, {{count}} niewysłanej",
  },
  join: {
    heading: "Dołącz do spotkania",
    intro: "Wpisz kod widoczny na ekranie prowadzącego albo zeskanuj kod QR aparatem.",
    code: "Kod",
    codeHint: "6 liter i cyfr, np. K7F 3QX",
    name: "Twoje imię lub stolik (nieobowiązkowo)",
    submit: "Dołącz",
    wrongCode: "Ten kod jest niepoprawny. Sprawdź go na ekranie i spróbuj ponownie.",
    tooMany: "Za dużo prób z tego urządzenia. Odczekaj minutę i spróbuj ponownie.",
    badCode: "Kod ma 6 liter i cyfr.",
    linkBroken: "Ten link już nie działa. Poproś o nowy kod QR albo wpisz kod.",
    connecting: "Dołączanie…",
  },
  waiting: {
    heading: "Czekasz na wpuszczenie",
    body: "Prowadzący zaraz cię wpuści. Nie zamykaj tej strony.",
    shownAs: "Widzą cię jako: {{label}}",
    cancel: "Anuluj",
  },
  removed: {
    heading: "To urządzenie nie uczestniczy już w spotkaniu",
    body: "Prowadzący je usunął albo nie wpuścił. Jeśli to pomyłka, poproś go o pomoc i dołącz ponownie.",
    again: "Dołącz ponownie",
  },
  role: { notetaker: "Protokolant", participant: "Uczestnik", projector: "Projektor" },
  device: {
    youAre: "Twoja rola: {{role}}",
    shownAs: "Widoczne jako {{label}}",
    now: "Teraz",
    notStarted: "Spotkanie jeszcze się nie zaczęło. Ten ekran zmieni się, gdy się zacznie.",
    question: "Pytanie",
    loading: "Wczytywanie spotkania…",
    cannotOpen: "Nie można otworzyć tego spotkania.",
    can: {
      notetaker: "Zapisuj, co mówią osoby przy twoim stoliku. Każda notatka trafia od razu na tablicę.",
      participant: "Dodawaj swoje pomysły jako notatki. Trafiają od razu na tablicę.",
      participantWait: "Śledź spotkanie tutaj. Notatki dodasz, gdy prowadzący zada pytanie.",
      projector: "Ten ekran pokazuje przebieg spotkania.",
    },
  },
  note: {
    label: "Twoja notatka",
    which: "Które pytanie?",
    add: "Dodaj notatkę",
    empty: "Najpierw wpisz notatkę.",
    tooLong: "Notatka może mieć najwyżej {{max}} znaków.",
    count: "{{count}} z {{max}} znaków",
    notAdded: "Nie dodano: {{reason}}",
  },
  mine: {
    heading: "Twoje notatki",
    none: "Tu pojawią się dodane przez ciebie notatki.",
    unsent: "Jeszcze niewysłana",
    sent: "Na tablicy",
  },
};
