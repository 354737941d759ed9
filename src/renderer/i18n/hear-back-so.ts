import type { Catalogue } from "./en";

/** Who hears back, in Somali. */
export const hearBackSo: Catalogue["hearBack"] = {
  heading: "Hel warbixinta",
  intro: "Ma rabtaa inaad ogaato waxa ka soo baxay kulankan? Noo sheeg sida aan warbixinta kuugu soo dirno. Adiga ayay kuu taallaa, waxaana lagu hayaa meel ka gooni ah qoraalladaada iyo codadkaaga.",
  open: "Noo sheeg sida loogu soo diro",
  notNow: "Hadda maya",
  doorHeading: "Albaabka: yaa doonaya warbixinta",
  doorOpen: "Qof ayaa doonaya warbixinta",
  doorIntro: "Qor sida qof deegaanka ka mid ahi u doonayo inuu warbixinta helo. Waxaa lagu hayaa meel ka gooni ah qoraallada, waana la tirtiraa marka warbixinta la diro kadib.",
  how: "Sidee baad u rabtaa inaad warbixinta hesho?",
  channel: { text: "Fariin qoraal ah ii soo dir", email: "Iimayl ii soo dir", post: "Boostada iigu soo dir", collect: "Xarunta ayaan ka qaadan doonaa" },
  phone: "Lambarka moobaylka",
  email: "Ciwaanka iimaylka",
  address: "Ciwaanka boostada, oo ay la socoto koodhka boostada",
  name: "Magacaaga (ikhtiyaari)",
  nameDoor: "Magaca qofka (ikhtiyaari)",
  send: "Warbixinta ii soo dir",
  save: "Kaydi",
  saving: "Waa la kaydinayaa…",
  thanks: "Mahadsanid. Warbixinta ayaan kuu soo diri doonnaa, kadibna waan tirtiri doonnaa faahfaahintaada.",
  savedDoor: "Waa la kaydiyay. Diyaar u ah qofka xiga.",
  problem: {
    phone: "Taasi ma aha lambar taleefan: qor 7 ilaa 15 tiro, sida 07700 900123.",
    email: "Taasi ma aha ciwaan iimayl: wuxuu u eg yahay magac@example.org.",
    address: "Qor ciwaanka boostada iyo koodhka boostada: ugu yaraan waddo iyo magaalo.",
    name: "Magacu wuxuu leeyahay ugu badnaan 80 xaraf.",
    extra: "Ka qaadashada xarunta uma baahna taleefan, iimayl ama ciwaan.",
  },
  failed: "Lama kaydin: {{reason}}",
};
