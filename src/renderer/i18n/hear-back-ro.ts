import type { Catalogue } from "./en";

/** Who hears back, in Romanian. */
export const hearBackRo: Catalogue["hearBack"] = {
  heading: "Primește raportul",
  intro: "Vrei să afli ce a rezultat din acest eveniment? Spune-ne cum să-ți trimitem raportul. Alegerea îți aparține, iar datele se păstrează separat de notițele și voturile tale.",
  open: "Spune-ne cum să-l trimitem",
  notNow: "Nu acum",
  doorHeading: "La intrare: cine vrea raportul",
  doorOpen: "Cineva vrea raportul",
  doorIntro: "Scrie cum vrea un locuitor să primească raportul. Se păstrează separat de notițe și se șterge după ce raportul este trimis.",
  how: "Cum vrei să primești raportul?",
  channel: { text: "Prin SMS", email: "Prin e-mail", post: "Prin poștă", collect: "Îl iau de la centru" },
  phone: "Număr de mobil",
  email: "Adresă de e-mail",
  address: "Adresa poștală, cu codul poștal",
  name: "Numele tău (opțional)",
  nameDoor: "Numele persoanei (opțional)",
  send: "Trimiteți-mi raportul",
  save: "Salvează",
  saving: "Se salvează…",
  thanks: "Mulțumim. Îți vom trimite raportul, apoi îți vom șterge datele.",
  savedDoor: "Salvat. Poți trece la următoarea persoană.",
  problem: {
    phone: "Acesta nu este un număr de telefon: folosește între 7 și 15 cifre, de exemplu 07700 900123.",
    email: "Aceasta nu este o adresă de e-mail: arată ca nume@example.org.",
    address: "Scrie adresa poștală cu codul poștal: cel puțin strada și localitatea.",
    name: "Un nume are cel mult 80 de caractere.",
    extra: "Pentru ridicarea de la centru nu e nevoie de telefon, e-mail sau adresă.",
  },
  failed: "Nu a fost salvat: {{reason}}",
};
