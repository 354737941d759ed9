/** Languages note-takers in UK halls meet most, by BCP 47 tag; any other tag is kept as typed. */
export const LANGUAGES: readonly { readonly tag: string; readonly name: string }[] = [
  { tag: "", name: "Not given" },
  { tag: "en", name: "English" },
  { tag: "ar", name: "Arabic" },
  { tag: "ur", name: "Urdu" },
  { tag: "pl", name: "Polish" },
  { tag: "ro", name: "Romanian" },
  { tag: "so", name: "Somali" },
  { tag: "cy", name: "Welsh" },
  { tag: "bn", name: "Bengali" },
  { tag: "pa", name: "Punjabi" },
  { tag: "gu", name: "Gujarati" },
  { tag: "ps", name: "Pashto" },
  { tag: "fa", name: "Persian" },
  { tag: "ku", name: "Kurdish" },
  { tag: "ti", name: "Tigrinya" },
  { tag: "uk", name: "Ukrainian" },
  { tag: "zh", name: "Chinese" },
  { tag: "pt", name: "Portuguese" },
  { tag: "es", name: "Spanish" },
  { tag: "fr", name: "French" },
];

export const languageName = (tag: string): string => LANGUAGES.find((l) => l.tag === tag)?.name ?? tag;
