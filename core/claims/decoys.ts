// Sentences that name the partners with deal words but state no term: market colour, earnings,
// lawsuits, funding rounds. They veto only the weakest kind of claim (a bare figure, see analyze.ts). Capital
// spending and capex need no cue: the shared "unrelated" word class takes such sentences out before.
export const DECOY_CUES =
  /\b(shares?|stocks?|Nasdaq|trading|traded|earnings|quarterly|quarter|fiscal|net income|RPO|backlog|lawsuits?|sued|suing|sues|damages|court|judge|antitrust|regulators?|valuation|pre-money|post-money|funding round|raised|raising|acquir\w*|acquisition|acqui-hire|price target|analysts?|market cap\w*|contribution|accounting|losses|capital investments|capital outlays?)\b/i;
