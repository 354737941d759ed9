/**
 * The standard "About you" questions, worded as in the ONS 2021 census where it has one
 * (ethnicity, religion, carer, gender identity). Ids are fixed: the phone's catalogue
 * translates a standard question and its options by them (aboutYou.q.<id>, aboutYou.o.<id>.<option>), and reach
 * across events adds counts up by them. Every question also has "Prefer not to say" (PREFER_NOT).
 */
export interface StandardOption {
  readonly id: string;
  readonly label: string;
  /** A heading the option is listed under (the ONS ethnic groups). */
  readonly group?: string;
}
export interface StandardQuestion {
  readonly id: string;
  readonly label: string;
  readonly specialCategory: boolean;
  readonly options: readonly StandardOption[];
}

const o = (id: string, label: string, group?: string): StandardOption => (group ? { id, label, group } : { id, label });
const ASIAN = "Asian, Asian British or Asian Welsh";
const BLACK = "Black, Black British, Black Welsh, Caribbean or African";
const MIXED = "Mixed or Multiple ethnic groups";
const WHITE = "White";
const OTHER = "Other ethnic group";
/** The ONS 2021 ethnic groups the options are listed under, with ids for the phone's catalogue (aboutYou.group.<id>). */
export const STANDARD_GROUPS: readonly { readonly id: string; readonly label: string }[] = [
  { id: "asian", label: ASIAN },
  { id: "black", label: BLACK },
  { id: "mixed", label: MIXED },
  { id: "white", label: WHITE },
  { id: "other", label: OTHER },
];

export const STANDARD_QUESTIONS: readonly StandardQuestion[] = [
  {
    id: "age",
    label: "How old are you?",
    specialCategory: false,
    options: [o("under-16", "Under 16"), o("16-24", "16 to 24"), o("25-34", "25 to 34"), o("35-44", "35 to 44"), o("45-54", "45 to 54"), o("55-64", "55 to 64"), o("65-74", "65 to 74"), o("75-plus", "75 or over")],
  },
  { id: "sex", label: "What is your sex?", specialCategory: false, options: [o("female", "Female"), o("male", "Male")] },
  {
    id: "gender",
    label: "Is the gender you identify with the same as your sex registered at birth?",
    specialCategory: true,
    options: [o("yes", "Yes"), o("no", "No")],
  },
  {
    id: "ethnicity",
    label: "What is your ethnic group?",
    specialCategory: true,
    options: [
      o("bangladeshi", "Bangladeshi", ASIAN),
      o("chinese", "Chinese", ASIAN),
      o("indian", "Indian", ASIAN),
      o("pakistani", "Pakistani", ASIAN),
      o("other-asian", "Any other Asian background", ASIAN),
      o("african", "African", BLACK),
      o("caribbean", "Caribbean", BLACK),
      o("other-black", "Any other Black, Black British or Caribbean background", BLACK),
      o("white-asian", "White and Asian", MIXED),
      o("white-black-african", "White and Black African", MIXED),
      o("white-black-caribbean", "White and Black Caribbean", MIXED),
      o("other-mixed", "Any other Mixed or Multiple ethnic background", MIXED),
      o("british", "English, Welsh, Scottish, Northern Irish or British", WHITE),
      o("irish", "Irish", WHITE),
      o("gypsy-traveller", "Gypsy or Irish Traveller", WHITE),
      o("roma", "Roma", WHITE),
      o("other-white", "Any other White background", WHITE),
      o("arab", "Arab", OTHER),
      o("other-ethnic", "Any other ethnic group", OTHER),
    ],
  },
  {
    id: "disability",
    label: "Are your day-to-day activities limited by a health problem or disability lasting 12 months or more?",
    specialCategory: true,
    options: [o("yes-a-lot", "Yes, a lot"), o("yes-a-little", "Yes, a little"), o("no", "No")],
  },
  {
    id: "carer",
    label: "Do you look after or support anyone because of long-term illness, disability or old age?",
    specialCategory: false,
    options: [o("yes", "Yes"), o("no", "No")],
  },
  {
    id: "language",
    label: "What is your first language?",
    specialCategory: false,
    options: [o("english", "English"), o("welsh", "Welsh"), o("polish", "Polish"), o("arabic", "Arabic"), o("urdu", "Urdu"), o("punjabi", "Punjabi"), o("bengali", "Bengali"), o("somali", "Somali"), o("romanian", "Romanian"), o("other-language", "Another language")],
  },
  {
    id: "religion",
    label: "What is your religion?",
    specialCategory: true,
    options: [o("none", "No religion"), o("christian", "Christian"), o("buddhist", "Buddhist"), o("hindu", "Hindu"), o("jewish", "Jewish"), o("muslim", "Muslim"), o("sikh", "Sikh"), o("other-religion", "Any other religion")],
  },
  // The districts are the organiser's to list (the area the event serves); "somewhere else" for the rest.
  { id: "postcode", label: "What is the first part of your postcode?", specialCategory: false, options: [o("elsewhere", "Somewhere else")] },
];

export const isStandardQuestion = (id: string): boolean => STANDARD_QUESTIONS.some((q) => q.id === id);
