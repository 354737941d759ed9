import type { PartialCatalogue } from "./en";

/** Arabic, partial: what is missing falls back to English. Right to left (see i18n.ts). */
export const ar: PartialCatalogue = {
  language: { label: "اللغة" },
  connection: {
    online: "متصل",
    connecting: "جارٍ الاتصال…",
    offline_zero: "غير متصل، غير المرسلة: {{count}}",
    offline_one: "غير متصل، غير المرسلة: {{count}}",
    offline_two: "غير متصل، غير المرسلة: {{count}}",
    offline_few: "غير متصل، غير المرسلة: {{count}}",
    offline_many: "غير متصل، غير المرسلة: {{count}}",
    offline_other: "غير متصل، غير المرسلة: {{count}}",
  },
  join: {
    heading: "انضم إلى الفعالية",
    intro: "اكتب الرمز الظاهر على شاشة الميسّر، أو امسح رمز QR بالكاميرا.",
    code: "الرمز",
    name: "اسمك أو طاولتك (اختياري)",
    submit: "انضم",
    wrongCode: "هذا الرمز غير صحيح. تحقق منه على الشاشة وحاول مرة أخرى.",
    connecting: "جارٍ الانضمام…",
  },
  waiting: {
    heading: "في انتظار السماح لك بالدخول",
    body: "سيسمح لك الميسّر بالدخول قريبًا. أبقِ هذه الصفحة مفتوحة.",
    shownAs: "تظهر باسم: {{label}}",
    cancel: "إلغاء",
  },
  removed: { heading: "لم يعد هذا الجهاز في الفعالية", again: "انضم مرة أخرى" },
  role: { notetaker: "مدوّن الملاحظات", participant: "مشارك", projector: "جهاز العرض" },
  timer: {
    done: "انتهى الوقت",
    running: "جارٍ",
    paused: "متوقف مؤقتًا",
  },
  device: {
    youAre: "أنت {{role}}",
    shownAs: "تظهر باسم {{label}}",
    now: "الآن",
    notStarted: "لم تبدأ الفعالية بعد. ستتغير هذه الشاشة عندما تبدأ.",
    loading: "جارٍ تحميل الفعالية…",
    question: "السؤال",
    can: {
      notetaker: "اكتب ما يقوله الناس على طاولتك. تذهب كل ملاحظة مباشرة إلى اللوحة.",
      participant: "أضف أفكارك كملاحظات. تذهب مباشرة إلى اللوحة.",
    },
  },
  note: { label: "ملاحظتك", add: "أضف الملاحظة", empty: "اكتب ملاحظة أولاً.", count: "{{count}} من {{max}} حرفًا" },
  mine: { heading: "ملاحظاتك", unsent: "لم تُرسل بعد", sent: "على اللوحة" },
  ballot: {
    idle: "لا يوجد تصويت مفتوح الآن. ستتغير هذه الشاشة عندما يبدأ التصويت.",
    add: "أضف نقطة: {{item}}",
    remove: "أزل نقطة: {{item}}",
    loading: "جارٍ تحميل نقاطك…",
    results: "النتائج",
    closed: { paused: "التصويت متوقف مؤقتًا. انتظر حتى يستأنفه الميسّر.", closed: "انتهى التصويت." },
  },
};
