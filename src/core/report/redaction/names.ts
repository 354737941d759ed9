/**
 * Seed lists for finding people's names in report text: common first names and surnames
 * in the UK (ONS name statistics, many communities), and the titles people are called by.
 * The organiser adds local names (any script) to their own list; those match in any case.
 */
export const SEED_FIRST_NAMES: readonly string[] = `
Aaliyah Aaron Abdul Abdullah Abigail Adam Adrian Ahmad Ahmed Aisha Alan Albert Alex Alexander Alexandra Alfie Ali Alice
Alison Amanda Amelia Amina Amir Amy Andrea Andrew Angela Anita Ann Anna Anne Annie Anthony Archie Arthur Asif Aurora
Ava Ayesha Barbara Barry Beatrice Ben Benjamin Bernard Beryl Beth Bethany Betty Bilal Bogdan Brenda Brian Bronwen
Caitlin Callum Cameron Carl Carol Caroline Catherine Charles Charlie Charlotte Chloe Chris Christine Christopher Claire
Colin Connor Craig Daniel Danielle Darren David Dawn Dean Deborah Declan Denise Dennis Derek Diana Diane Dominic Donna
Doreen Dorothy Dylan Edward Eileen Elaine Eleanor Elizabeth Ella Ellie Emily Emma Eric Erin Ethan Eve Evelyn Fatima
Fiona Florence Francesca Freddie Freya Gareth Gary Gavin Gemma Geoffrey George Georgia Gillian Gordon Graham Gwen
Hannah Harriet Harry Harvey Hassan Heather Helen Henry Hollie Hussain Ian Ibrahim Imran Irene Isaac Isabel Isabella
Isla Jacob Jacqueline Jade Jake James Jamie Jan Janet Janice Jasmine Jason Jay Jayden Jean Jennifer Jessica Joan
Joanne Joe John Jonathan Joseph Joshua Joyce Judith Julie Karen Kate Katherine Kathleen Kayleigh Keith Kelly Kenneth
Kevin Khadija Kieran Kirsty Laura Lauren Leah Lee Leo Leon Lesley Lewis Liam Lily Linda Lisa Logan Louise Lucy Luke
Lynn Lynne Maciej Mandy Margaret Maria Marie Marion Martin Maryam Mary Matthew Maureen Megan Michael Michelle Mohamed
Mohammad Mohammed Muhammad Nadia Natalie Nathan Neil Nicholas Nicola Noah Norman Oliver Olivia Omar Oscar Owen Pamela
Patricia Paul Pauline Peter Philip Piotr Poppy Priya Rachel Rebecca Rhys Richard Robert Rosemary Ruth Ryan Sadia Samuel
Sandra Sarah Scott Sean Shannon Sharon Shirley Simon Sophie Stacey Stephen Steven Stuart Susan Tariq Teresa Thomas
Tina Tomasz Tracey Tracy Valerie Vera Victoria Wendy William Yasmin Yusuf Zainab Zara Zoe
`.trim().split(/\s+/u);

/** First names that are also everyday words: flagged only beside a surname or after a title ("Will Smith", not "Will you"). */
export const AMBIGUOUS_FIRST_NAMES: readonly string[] = `
Amber April Autumn Bill Bob Carol Dawn Faith Frank Grace Hope Iris Ivy Jack Jade June Mark May Olive Pat Patience
Penny Rich Robin Rose Ruby Sky Summer Sunny Will Violet Holly Heather Joy Star Ray Rob Sue Ben Jay Lee Jan Dean
`.trim().split(/\s+/u);

export const SEED_SURNAMES: readonly string[] = `
Adams Ahmed Akhtar Ali Allen Anderson Bailey Baker Begum Bell Bennett Brown Butler Campbell Carter Chapman Clark Clarke
Collins Cook Cooper Cox Davies Davis Dixon Edwards Ellis Evans Fisher Foster Graham Gray Green Griffiths Hall Harris
Harrison Hill Hughes Hussain Iqbal Jackson James Jenkins Johnson Jones Kaur Kelly Khan King Kowalski Lee Lewis Lloyd
Malik Marshall Martin Mason Miller Mills Mitchell Moore Morgan Morris Murphy Murray Nowak Okafor Owen Palmer Parker Patel
Pickering Phillips Powell Price Rahman Rashid Richards Richardson Roberts Robinson Rogers Russell Scott Shah Shaw
Simpson Singh Smith Stewart Taylor Thomas Thompson Turner Walker Ward Watson White Wilkinson Williams Wilson Wood
Wright Young
`.trim().split(/\s+/u);

/** Surnames that are also everyday words or places: flagged only after a first name or a title. */
export const AMBIGUOUS_SURNAMES: readonly string[] = `
Baker Bell Brown Butler Cook Cooper Fisher Gray Green Hall Hill King Mason Mills Murray Palmer Parker Price Scott
Shaw Turner Ward White Wood Wright Young Marshall Martin Morgan Thomas James Lewis Owen Graham Kelly Lee
`.trim().split(/\s+/u);

/** Titles before a capitalised word: "Mrs Pickering", "Dr. Shah", "Cllr Ali". */
export const TITLES: readonly string[] = ["Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Sir", "Dame", "Lady", "Lord", "Rev", "Revd", "Cllr", "Father", "Sister", "Imam", "Rabbi", "Auntie", "Uncle"];
