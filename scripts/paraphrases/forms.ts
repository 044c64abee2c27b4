// Ways of writing the same value or party: digits, number words, fractions, abbreviations, aliases. Each list
// is a family a reader meets in news copy; the suite draws from all of them.

export const MONEY: Record<string, string[]> = {
  '1b': ['$1 billion', 'one billion dollars', 'a billion dollars', '$1bn', 'US$1 billion'],
  '2b': ['$2 billion', 'two billion dollars', '$2bn'],
  '5b': ['$5 billion', 'five billion dollars'],
  '10b': ['$10 billion', 'ten billion dollars', '$10bn', 'US$10 billion'],
  '13b': ['$13 billion', 'thirteen billion dollars', '$13bn', '13 billion US dollars'],
  '13m': ['$13 million', 'thirteen million dollars'],
  '135b': ['$135 billion', 'one hundred and thirty-five billion dollars', '$135bn', 'some $135 billion'],
  '250b': [
    '$250 billion',
    'a quarter of a trillion dollars',
    'two hundred and fifty billion dollars',
    '$250bn',
  ],
  '500b': ['$500 billion', 'half a trillion dollars', '$0.5 trillion'],
};

export const PERCENT: Record<string, string[]> = {
  '27': ['27%', '27 percent', 'twenty-seven percent', 'about 27 per cent', 'roughly 27%'],
  '25': ['25%', 'a quarter', 'about one-quarter', 'roughly 25 percent'],
  '49': ['49%', 'forty-nine percent', 'nearly half'],
  '20': ['20%', 'one-fifth', 'a fifth', 'twenty percent'],
};

/** Names of the first party, as the subject of a sentence. */
export const LENDER = [
  'Microsoft',
  'Redmond',
  'the Windows maker',
  "Satya Nadella's company",
  'Microsoft Corp.',
];
/** Names of the second party. */
export const LAB = ['OpenAI', 'the ChatGPT maker', "Sam Altman's company", 'the AI lab', 'OpenAI Group PBC'];
/** The cloud, by product or by owner. */
export const CLOUD = ['Azure', 'Microsoft Azure', "Microsoft's cloud", 'the Azure cloud'];

/** A sentence as it is: the hedges below are drawn as often as it. */
export const PLAIN = (s: string) => s;

/**
 * Hedges: around a confirmed term or figure they change nothing; around a reported figure, or a term known only
 * from the press, the claim stays unverified.
 */
export const HEDGES: Array<(s: string) => string> = [
  // Half the sentences plain, half hedged.
  PLAIN,
  PLAIN,
  PLAIN,
  PLAIN,
  (s) => `Reportedly, ${lowerFirst(s)}`,
  (s) => `${s.replace(/\.$/, '')}, people familiar with the talks said.`,
  (s) => `According to two people briefed on it, ${lowerFirst(s)}`,
  (s) => `Sources say ${lowerFirst(s)}`,
];

/** Names that keep their capital inside a sentence. */
const PROPER =
  /^(Microsoft|OpenAI|Azure|Redmond|Satya|Sam|Stargate|ChatGPT|GPT|Copilot|Bing|Teams|Elon|European)\b/;

/** A sentence made a clause of a longer one: its first letter lowered unless it starts with a name. */
export function lowerFirst(s: string): string {
  return PROPER.test(s) ? s : s[0].toLowerCase() + s.slice(1);
}

export function upperFirst(s: string): string {
  return s[0].toUpperCase() + s.slice(1);
}
