// Companies that are not a party to the partnership being judged: a sentence about their deals,
// boards or stakes is not a claim about this partnership unless it names both parties too.
const WELL_KNOWN = [
  'Amazon',
  'AWS',
  'Amazon Web Services',
  'Google',
  'Alphabet',
  'Anthropic',
  'Apple',
  'Meta',
  'Facebook',
  'Oracle',
  'SoftBank',
  'Nvidia',
  'MGX',
  'CoreWeave',
  'xAI',
  'Mistral',
  'Inflection',
  'Salesforce',
  'IBM',
  'Tesla',
  'Windsurf',
  'New York Times',
  'Broadcom',
  'AMD',
];

export function otherCompanyRegex(extraNames: string[], exclude: RegExp[]): RegExp {
  const names = [...WELL_KNOWN, ...extraNames].filter((n) => !exclude.some((re) => re.test(n)));
  const alternatives = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`\\b(?:${alternatives.join('|')})\\b`);
}
