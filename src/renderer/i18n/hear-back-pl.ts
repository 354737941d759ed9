import type { Catalogue } from "./en";

/** Who hears back, in Polish. */
export const hearBackPl: Catalogue["hearBack"] = {
  heading: "Otrzymaj raport",
  intro: "Chcesz wiedzieć, co wynikło z tego spotkania? Powiedz nam, jak wysłać Ci raport. To dobrowolne i przechowywane osobno od Twoich notatek i głosów.",
  open: "Powiedz, jak go wysłać",
  notNow: "Nie teraz",
  doorHeading: "Przy wejściu: kto chce raport",
  doorOpen: "Ktoś chce otrzymać raport",
  doorIntro: "Wpisz, jak mieszkaniec chce otrzymać raport. Jest przechowywane osobno od notatek i usuwane po wysłaniu raportu.",
  how: "Jak chcesz otrzymać raport?",
  channel: { text: "SMS", email: "E-mail", post: "Pocztą", collect: "Odbiorę w punkcie" },
  phone: "Numer komórki",
  email: "Adres e-mail",
  address: "Adres pocztowy z kodem pocztowym",
  name: "Twoje imię (nieobowiązkowe)",
  nameDoor: "Imię (nieobowiązkowe)",
  send: "Wyślijcie mi raport",
  save: "Zapisz",
  saving: "Zapisywanie…",
  thanks: "Dziękujemy. Wyślemy Ci raport, a potem usuniemy Twoje dane.",
  savedDoor: "Zapisano. Można wpisać następną osobę.",
  problem: {
    phone: "To nie jest numer telefonu: wpisz od 7 do 15 cyfr, np. 07700 900123.",
    email: "To nie jest adres e-mail: wygląda jak imie@example.org.",
    address: "Wpisz adres pocztowy z kodem: co najmniej ulicę i miejscowość.",
    name: "Imię może mieć najwyżej 80 znaków.",
    extra: "Odbiór w punkcie nie wymaga telefonu, e-maila ani adresu.",
  },
  failed: "Nie zapisano: {{reason}}",
};
