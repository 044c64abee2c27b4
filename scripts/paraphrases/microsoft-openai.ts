// Sentence templates for the Microsoft–OpenAI record, written for this suite. Slots: {M} the investor, {L} the
// lab, {C} the cloud, {$13b} / {%27} a value in one of its forms (forms.ts). `at` marks a sentence that points
// at a stated past date (its own year or month), otherwise it speaks of the page's present.
import type { IsoDate } from '../../core/types';

export interface Template {
  prop: string;
  text: string;
  at?: IsoDate;
}

const t = (prop: string, text: string, at?: IsoDate): Template => ({ prop, text, at });

export const TEMPLATES: Template[] = [
  // cloud: primary, exclusive, right of first refusal, any cloud
  t('primary-cloud', '{C} remains the main cloud platform behind {L}.'),
  t('primary-cloud', '{M} is still the primary cloud partner of {L}.'),
  t(
    'first-partnership-2016',
    '{L} first teamed up with {M} in 2016, choosing {C} as its primary cloud.',
    '2016-11-15',
  ),
  t(
    'first-partnership-2016',
    'Back in November 2016, {L} picked {C} as its main cloud platform.',
    '2016-11-15',
  ),
  t('exclusive-since-2016', '{C} has been the sole cloud of {L} ever since 2016.'),
  t('exclusive-cloud', '{C} is the exclusive cloud provider of {L}.'),
  t('exclusive-cloud', '{L} runs all of its workloads on {C} and on no other cloud.'),
  t('exclusive-cloud', '{L} may not use any cloud other than {C}.'),
  t('exclusive-cloud', '{C} will be the only cloud that powers {L}.'),
  t('exclusive-cloud', 'In 2020, {C} was the exclusive cloud provider for {L}.', '2020-06-01'),
  t('exclusive-cloud', 'Until early 2025, {L} trained and served everything on {C} alone.', '2024-06-01'),
  t('exclusive-cloud', "{M} told regulators in 2023 that {C} was {L}'s only cloud.", '2023-06-01'),
  t('exclusive-cloud', 'In 2016, {C} already held exclusive cloud rights over {L}.', '2016-12-01'),
  t('cloud-no-longer-exclusive', '{C} is no longer the exclusive cloud provider of {L}.'),
  t('cloud-no-longer-exclusive', 'The exclusive hold of {C} over the computing of {L} is over.'),
  t('cloud-no-longer-exclusive', "{L} is not tied to {M}'s cloud alone any more."),
  t('rofr', '{M} can match any compute offer that {L} receives from another cloud.'),
  t('rofr', '{M} holds a right of first refusal whenever {L} wants more computing capacity.'),
  t('rofr', 'In 2025, {M} had a right of first refusal over new capacity for {L}.', '2025-03-01'),
  t('rofr', 'As of mid-2025, {M} could still match rival cloud bids for {L}.', '2025-06-15'),
  t('rofr-ended', '{M} no longer gets the first say when {L} buys extra compute.'),
  t('rofr-ended', "The right of first refusal {M} held on {L}'s compute has ended."),
  t(
    'rofr-ended',
    'In October 2025, {M} gave up its right of first refusal on compute for {L}.',
    '2025-10-28',
  ),
  t('any-cloud', '{L} can now serve its products from any cloud provider it chooses.'),
  t('any-cloud', 'Products of {L} may run on rival clouds such as those of other vendors, too.'),
  t(
    'any-cloud',
    'Since April 2026, {L} has been free to put all of its products on any cloud.',
    '2026-05-01',
  ),
  t('ships-first-on-azure', 'New products of {L} launch on {C} first, unless {M} cannot support them.'),
  // API exclusivity
  t('api-exclusive', 'The API of {L} is available only through {C}.'),
  t('api-exclusive', '{M} enjoys sole rights to host the API of {L}.'),
  t('api-exclusive', 'Developers can reach the models of {L} by API on {C} and nowhere else.'),
  t('api-exclusive', 'In 2025, the API of {L} was exclusive to {C}.', '2025-05-01'),
  // licence and IP rights
  t('license-exclusive', '{M} holds an exclusive licence to the models of {L}.'),
  t('license-exclusive', 'Only {M} may license the intellectual property of {L}.'),
  t('license-exclusive', 'In 2020, {M} obtained an exclusive licence to GPT-3 from {L}.', '2020-09-22'),
  t('license-non-exclusive', "{M}'s licence to the models of {L} is now non-exclusive."),
  t('license-non-exclusive', '{M} keeps its licence to the technology of {L}, but no longer exclusively.'),
  t('model-rights-2032', "{M}'s rights to the models and products of {L} run through 2032."),
  t('model-rights-2032', '{M} will keep access to the models of {L} until 2032, even after AGI.'),
  t('research-ip-2030', '{M} keeps rights to the research of {L} until 2030 at the latest.'),
  t('model-rights-2030-post-agi', "{M}'s rights to the post-AGI models of {L} expire in 2030."),
  // money in
  t('invest-2019-1b', 'In 2019, {M} invested {$1b} in {L}.', '2019-07-22'),
  t('invest-2019-1b', '{M} wired {L} {$1b} in July 2019.', '2019-07-22'),
  t('invest-2019-1b', 'The first cheque from {M} to {L}, in 2019, was for {$1b}.', '2019-07-22'),
  t('invest-2019-1b', '{M} backed {L} with {$1b} in 2019.', '2019-07-22'),
  t('invest-2019-wrong-amount', 'In 2019, {M} invested {$10b} in {L}.', '2019-07-22'),
  t('invest-2019-wrong-amount', '{M} poured {$5b} into {L} in 2019.', '2019-07-22'),
  t('funding-13b', '{M} has committed {$13b} to {L} in total.'),
  t('funding-13b', 'All told, the funding {M} has pledged to {L} comes to {$13b}.'),
  t('funding-13b', 'Its total funding commitment to {L} stands at {$13b}, {M} says.'),
  t('funding-13-million', '{M} has committed {$13m} to {L} in total.'),
  t('invest-2021-amount', '{M} put a further {$2b} into {L} in 2021.', '2021-06-01'),
  t('invest-2023-10b', 'In January 2023, {M} invested {$10b} in {L}.', '2023-01-23'),
  t('invest-2023-10b', 'The 2023 round saw {M} sink {$10b} into {L}.', '2023-01-23'),
  t('invested-135b', '{M} has invested {$135b} in {L}.'),
  t('invested-250b', '{M} has poured {$250b} into {L}.'),
  // stake
  t('stake-27', '{M} owns {%27} of {L}.'),
  t('stake-27', '{M} holds a stake of {%27} in {L}.'),
  t('stake-27', 'Its slice of {L}, {%27}, makes {M} the largest outside shareholder.'),
  t('stake-27', 'After the October 2025 recapitalisation, {M} held {%27} of {L}.', '2025-11-01'),
  t('stake-25', '{M} now owns {%25} of {L}.'),
  t('stake-49', '{M} owns {%49} of {L}.'),
  t('stake-49', '{M} controls {%49} of the shares of {L}.'),
  t('stake-one-fifth', '{M} holds {%20} of {L}.'),
  t('stake-value-135b', "{M}'s stake in {L} is worth {$135b}."),
  t('stake-value-135b', 'The shares {M} holds in {L} are valued at {$135b}.'),
  t('valuation-is-135b', '{L} is valued at {$135b}, {M} says.'),
  t('no-equity', '{M} owns no equity in {L}; it only has a claim on a share of profits.'),
  t('no-equity', '{M} has no ownership position in {L}, only a profit-sharing entitlement.'),
  t('no-equity', 'Before the 2025 recapitalisation, {M} held no shares in {L}.', '2024-06-01'),
  // compute commitment
  t('compute-250b', '{L} has committed to buy an extra {$250b} of {C} services.'),
  t('compute-250b', '{L} will spend a further {$250b} on {C} under the deal with {M}.'),
  // board
  t('observer-seat', '{M} has a non-voting observer seat on the board of {L}.'),
  t('observer-seat', '{M} sits on the board of {L} as an observer without a vote.'),
  t('observer-seat', 'In early 2024, {M} held an observer seat on the board of {L}.', '2024-03-01'),
  t(
    'observer-seat-given-up',
    '{M} gave up its observer seat on the board of {L} in July 2024.',
    '2024-07-10',
  ),
  t('observer-seat-given-up', '{M} no longer has an observer on the board of {L}.'),
  t('voting-seat', '{M} has a voting seat on the board of {L}.'),
  // AGI
  t(
    'agi-expert-panel',
    'Any claim by {L} to have reached AGI must be checked by an independent panel of experts.',
  ),
  t(
    'agi-expert-panel',
    '{L} can no longer declare AGI on its own; an outside expert panel must confirm it, {M} said.',
  ),
  t('msft-may-pursue-agi', '{M} is free to chase AGI on its own, apart from {L}.'),
  // revenue share
  t('revshare-capped-to-2030', '{L} pays {M} a share of revenue until 2030, up to a total cap.'),
  t('revshare-capped-to-2030', 'The revenue split {L} owes {M} now has a ceiling and ends in 2030.'),
  t('revshare-both-ways', 'Revenue sharing between {M} and {L} runs in both directions.'),
  t('revshare-both-ways', '{M} and {L} each pay the other a share of revenue.'),
  t('msft-stopped-paying-revshare', '{M} no longer pays {L} any share of its revenue.'),
  t('revshare-20pct', '{L} hands {M} {%20} of its revenue.'),
  // the amendment
  t('amended-april-2026', '{M} and {L} rewrote their agreement in April 2026.', '2026-04-27'),
  t('amended-april-2026', 'In April 2026 the contract between {M} and {L} was amended.', '2026-04-27'),
  t('amended-july-2026', '{M} and {L} amended their agreement in July 2026.', '2026-07-15'),
  t('amended-july-2026', 'A July 2026 amendment reshaped the deal between {M} and {L}.', '2026-07-15'),
  // other companies named in a claim about this partnership
  t('any-cloud', '{L} may now serve its products from Google or Oracle data centres as well.'),
  // equity without a figure
  t('has-equity', '{M} has a sizeable ownership position in {L}.'),
  t('has-equity', "{M}'s equity backing makes it one of the owners of {L}."),
  // a term attached to the wrong thing, and terms the record does not know
  t('partnership-ends-2030', 'The whole partnership between {M} and {L} expires in 2030.'),
  t('term-not-in-record', '{M} and {L} agreed to a ten-year non-compete.'),
  t('term-not-in-record', '{L} must let {M} review every new model for six months before launch.'),
  // Stargate
  t('stargate-tech-partner', '{M} is a technology partner in the Stargate venture of {L}, not a funder.'),
  t('stargate-equity-funder', '{M} is one of the equity funders of Stargate alongside {L}.'),
  t('stargate-equity-funder', '{M} put equity into Stargate together with {L}.'),
  t(
    'stargate-500b',
    'Stargate, backed by {L}, plans to spend {$500b} over four years; {M} is a technology partner.',
  ),
];

/** Pairs of templates joined into one sentence: each clause is its own claim. */
export const PAIRS: Array<[string, string]> = [
  ['funding-13b', 'api-exclusive'],
  ['funding-13b', 'exclusive-cloud'],
  ['invest-2019-1b', 'stake-49'],
  ['stake-27', 'license-exclusive'],
  ['primary-cloud', 'any-cloud'],
  ['compute-250b', 'rofr'],
  ['observer-seat-given-up', 'revshare-both-ways'],
  ['model-rights-2032', 'license-non-exclusive'],
  ['stake-value-135b', 'revshare-capped-to-2030'],
  ['no-equity', 'funding-13b'],
];
