// Sentences that name the partners with deal words but state no term: market colour, earnings,
// lawsuits, funding rounds; shares only as they move ("shares rose", "shares of X fell"), not shares held ("its
// shares carry no votes"). They veto only the weakest kind of claim (a bare figure, see analyze.ts). Capital
// spending and capex need no cue: the shared "unrelated" word class takes such sentences out before.
export const DECOY_CUES =
  /\b(shares? (?:rose|rise|fell|fall|jumped|jump|climbed|slid|slipped|dropped|gained|lost|soared|sank|tumbled|surged|rallied|closed|traded|opened|ended|finished|hit|touched|doubled|tripled|were up|were down|are up|are down)|shares of|share price|stocks?|Nasdaq|trading|traded|earnings|quarterly|quarter|fiscal|net income|RPO|backlog|lawsuits?|sued|suing|sues|damages|court|judge|antitrust|regulators?|valuation|pre-money|post-money|funding round|raised|raising|acquir\w*|acquisition|acqui-hire|price target|analysts?|market cap\w*|contribution|accounting|losses|capital investments|capital outlays?|lagg\w*|market share|growth)\b/i;
