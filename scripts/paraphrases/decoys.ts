// Sentences that name the parties, often with "exclusive", "billion" or "stake", but state no term of the
// partnership: market colour, other companies' deals, products, opinions, lawsuits. A checker leaves them alone.

export const DECOY_TEMPLATES: string[] = [
  // market colour
  '{M} shares rose {n}% on Tuesday as investors cheered a new model from {L}.',
  '{M} stock slipped {n}% in early trading, a day after {L} showed off a video tool.',
  'Analysts raised their price targets for {M}, citing demand for AI services built on {L} models.',
  'Investors have added billions to the market value of {M} since {L} launched ChatGPT.',
  'Cloud revenue at {M} grew {n}% in the quarter, beating forecasts as AI demand from {L} and others rose.',
  'Some fund managers trimmed their {M} holdings this week, worried about AI spending at {L}.',
  // other companies' deals (named, not tracked as this partnership)
  '{L} signed an exclusive content deal with a large music label.',
  '{L} agreed to buy a small startup that builds coding assistants, in an all-stock deal.',
  '{M} invested {b} billion dollars in data centres in Spain, unrelated to {L}.',
  '{M} took a minority stake in a Swedish battery maker last year.',
  '{L} struck a licensing agreement with a newspaper group for its archives.',
  '{M} signed an exclusive gaming deal with a Japanese studio.',
  '{L} raised money from a group of sovereign funds at a higher valuation, without {M} taking part.',
  // products
  'Copilot in Word now drafts replies with the latest model from {L}, {M} said.',
  '{M} added a new voice mode built on {L} technology to its Teams app.',
  'ChatGPT gained a shopping feature this month; {M} users can try it in Edge.',
  '{L} released an open-weight model that developers can download and run at home.',
  'Bing now shows answers written by a model from {L}, {M} announced.',
  // opinions and people
  'Critics call the bond between {M} and {L} the most important alliance in technology.',
  'Some engineers at {M} say working with {L} has changed how they write software.',
  '{L} chief Sam Altman praised {M} in a podcast interview but gave no details.',
  'Satya Nadella said he speaks with the leadership of {L} almost every week.',
  'Commentators argue that {M} bet early and well on {L}.',
  // lawsuits and regulators
  'Authors sued {M} and {L} in New York, seeking damages over training data.',
  'A court in California set a trial date for the lawsuit between Elon Musk and {L}; {M} is also named.',
  'European regulators asked {M} and {L} questions about competition in chatbots.',
  // hiring, events
  '{M} hired a former {L} researcher to lead a new lab in London.',
  '{L} will hold its developer conference in San Francisco, with {M} speakers on stage.',
  '{M} and {L} both sent executives to the AI safety summit in Paris.',
  '{L} opened an office in Tokyo, its third in Asia; {M} already has several there.',
];
