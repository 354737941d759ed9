import type { Catalogue } from "./en";

/** Who hears back, in Welsh. */
export const hearBackCy: Catalogue["hearBack"] = {
  heading: "Cael yr adroddiad",
  intro: "Hoffech chi glywed beth ddaeth o'r digwyddiad hwn? Dywedwch wrthym sut i anfon yr adroddiad atoch. Eich dewis chi yw hyn, ac mae'n cael ei gadw ar wahân i'ch nodiadau a'ch pleidleisiau.",
  open: "Dywedwch wrthym sut i'w anfon",
  notNow: "Dim nawr",
  doorHeading: "Wrth y drws: pwy sydd eisiau'r adroddiad",
  doorOpen: "Mae rhywun eisiau'r adroddiad",
  doorIntro: "Teipiwch sut mae preswylydd eisiau cael yr adroddiad. Caiff ei gadw ar wahân i'r nodiadau, a'i ddileu ar ôl i'r adroddiad gael ei anfon.",
  how: "Sut hoffech chi gael yr adroddiad?",
  channel: { text: "Anfonwch neges destun ata i", email: "Anfonwch e-bost ata i", post: "Anfonwch ef drwy'r post", collect: "Fe'i casglaf o'r hyb" },
  phone: "Rhif ffôn symudol",
  email: "Cyfeiriad e-bost",
  address: "Cyfeiriad post, gyda'r cod post",
  name: "Eich enw (dewisol)",
  nameDoor: "Eu henw (dewisol)",
  send: "Anfonwch yr adroddiad ata i",
  save: "Cadw",
  saving: "Wrthi'n cadw…",
  thanks: "Diolch. Byddwn yn anfon yr adroddiad atoch, ac yna'n dileu eich manylion.",
  savedDoor: "Wedi'i gadw. Yn barod am y person nesaf.",
  problem: {
    phone: "Nid yw hwnnw'n rhif ffôn: defnyddiwch 7 i 15 digid, fel 07700 900123.",
    email: "Nid yw hwnnw'n gyfeiriad e-bost: mae'n edrych fel enw@example.org.",
    address: "Ysgrifennwch y cyfeiriad post gyda'r cod post: stryd a thref o leiaf.",
    name: "Mae gan enw 80 nod ar y mwyaf.",
    extra: "Does dim angen ffôn, e-bost na chyfeiriad i gasglu o'r hyb.",
  },
  failed: "Heb ei gadw: {{reason}}",
};
