// Numbers written as words ("twelve", "one hundred fifty", "half a"), as news writes figures in prose.

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** Words that end a figure written out ("five", "twenty", "hundred", "and-a-half"): see class-matcher afterFigureHyphen. */
export const FIGURE_WORDS: ReadonlySet<string> = new Set([...Object.keys(UNITS), 'hundred', 'half']);

/** Alternation of the words numberWordsValue understands, for building regular expressions. */
export const NUMBER_WORDS = [...Object.keys(UNITS), 'hundred', 'and']
  .sort((a, b) => b.length - a.length)
  .join('|');

/** The words of one digit, as said after "point" ("eighteen point four"). */
export const DIGIT_WORDS = 'zero|one|two|three|four|five|six|seven|eight|nine';

/**
 * "twelve" → 12, "one hundred fifty" → 150, "four and a quarter" → 4.25, "a"/"an" → 1, "half a" → 0.5; null when
 * it is not a number.
 */
export function numberWordsValue(text: string): number | null {
  const words = text
    .toLowerCase()
    .trim()
    .split(/[\s-]+/);
  if (words.join(' ') === 'half a' || words.join(' ') === 'a half') return 0.5;
  if (words.length === 1 && (words[0] === 'a' || words[0] === 'an')) return 1;
  // "four and a half", "four-and-a-half", "four and a quarter", "two and three quarters"
  const part = { 'and a half': 0.5, 'and a quarter': 0.25, 'and three quarters': 0.75 }[
    words.slice(-3).join(' ')
  ];
  if (words.length > 3 && part !== undefined) {
    const whole = numberWordsValue(words.slice(0, -3).join(' '));
    return whole === null ? null : whole + part;
  }
  // "eighteen point four" → 18.4: the digits after "point", one word each.
  const point = words.indexOf('point');
  if (point > 0) {
    const whole = numberWordsValue(words.slice(0, point).join(' '));
    const digits = words.slice(point + 1).map((w) => UNITS[w]);
    if (whole === null || digits.length === 0 || digits.some((d) => d === undefined || d > 9)) return null;
    return whole + Number(`0.${digits.join('')}`);
  }
  let total = 0;
  let current = 0;
  let any = false;
  for (const w of words) {
    if (w === 'and') continue;
    if (w === 'hundred') {
      current = (current || 1) * 100;
      any = true;
      continue;
    }
    const n = UNITS[w];
    if (n === undefined) return null;
    current += n;
    any = true;
  }
  total += current;
  return any ? total : null;
}
