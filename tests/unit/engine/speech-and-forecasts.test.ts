// Round fourteen, in our own words: what a side said without "that" is judged at the time it was said; a fact that
// began only after the page was written does not outrank one that had begun; a denial about the future ("is not
// going to happen") is a forecast the record cannot settle.
import { describe, expect, it } from 'vitest';
import { reportedSpeech } from '../../../core/claims/time-frame';
import { claimsOf, statusOf } from '../../support/claims-after';

const MS = 'Microsoft and OpenAI went before the regulator.';
const AWS_ANTHROPIC = 'Amazon and Anthropic updated their investment.';
const NVIDIA_OPENAI = 'NVIDIA and OpenAI revisited their plans.';

describe('reported speech without "that"', () => {
  it('is found before a pronoun subject, with the time it gives', () => {
    const s = 'the company said in 2024 it held no equity';
    expect(reportedSpeech(s, s.indexOf('held'))?.at).toBe('2024-12-31');
    const bare = 'microsoft said it holds no part of the lab';
    expect(reportedSpeech(bare, bare.indexOf('holds'))).not.toBeNull();
  });
  it('is judged when it was said: a denial of equity made before the recapitalisation is right', () => {
    for (const s of [
      'Asked by the regulator last winter, Microsoft said it owned no shares in OpenAI and only shared in its profits.',
      'Back then Microsoft said it holds no equity in OpenAI at all.',
    ])
      expect(statusOf(s, MS, '2025-05-20'), s).toBe('supported');
  });
  it('stays a present claim when no one is said to say it', () => {
    expect(statusOf('Microsoft holds no equity in OpenAI at all.', MS, '2025-05-20')).toBe('outdated');
  });
});

describe('a fact that began after the page was written', () => {
  it('does not outrank one that had begun: the card cites the payment of the day, not a later one', () => {
    for (const s of [
      'Amazon said on Wednesday it had put in a further $2.75 billion, completing the $4 billion it promised Anthropic last September.',
      'Amazon has put in a further $2.75 billion, completing the $4 billion it promised Anthropic last September.',
    ]) {
      const [claim] = claimsOf(s, AWS_ANTHROPIC, '2024-03-28');
      expect(claim?.status, s).toBe('supported');
      expect(claim?.factId, s).toBe('aa-inv-2-75b');
    }
  });
});

describe('a denial about the future', () => {
  it('is a forecast: unverified, not a mistake and not the record', () => {
    for (const s of [
      'Huang told analysts that a $100 billion investment in OpenAI was probably not going to happen.',
      'A hundred-billion-dollar investment by NVIDIA in OpenAI is no longer in the cards, Huang said this week.',
    ])
      expect(statusOf(s, NVIDIA_OPENAI, '2026-03-10'), s).toBe('unverified');
  });
  it('is a forecast too when "unlikely" comes after the term', () => {
    const s = 'Putting $100 billion into OpenAI now seems increasingly unlikely, Huang said this week.';
    expect(statusOf(s, NVIDIA_OPENAI, '2026-03-10')).toBe('unverified');
  });
  it('is a forecast too when "probably" stands before words that deny', () => {
    const s = 'Huang said this week that putting $100 billion into OpenAI was probably not in the cards.';
    expect(statusOf(s, NVIDIA_OPENAI, '2026-03-10')).toBe('unverified');
  });
  it('leaves a plain "likely" before a term as said', () => {
    const s = 'OpenAI will likely deploy at least 10 gigawatts of NVIDIA systems.';
    expect(statusOf(s, NVIDIA_OPENAI, '2025-09-23')).not.toBe('unverified');
  });
  it('leaves a plain denial of the mistake as it was', () => {
    const s = 'NVIDIA never invested $100 billion in OpenAI.';
    expect(claimsOf(s, NVIDIA_OPENAI, '2026-03-10')[0]?.status).toBe('supported');
  });
});

describe('a term a past deal excluded', () => {
  it('is told of the past', () => {
    const s = 'The 2019 deal excluded anything that amounts to AGI from what Microsoft may sell.';
    expect(statusOf(s, MS, '2024-02-20')).toBe('supported');
  });
});

describe('how the deal’s money is paid, told by unnamed sources', () => {
  it('is a claim the record cannot settle', () => {
    for (const s of [
      'Much of the $1 billion will arrive as Azure credits rather than cash, people familiar with the deal said.',
      'A good part of Microsoft’s money is set to flow back to Azure, one person said.',
    ])
      expect(statusOf(s, MS, '2019-07-23'), s).toBe('unverified');
  });
  it('is not read of a round’s investors at large', () => {
    const s = 'Investors can reportedly get their money back if the lab misses its deadline.';
    expect(claimsOf(s, MS, '2024-10-03')).toEqual([]);
  });
});

describe('money announced on the page’s own day', () => {
  const context = 'Amazon and Anthropic struck an investment deal.';
  it('is news of that day, not a term told as current', () => {
    expect(
      statusOf(
        'Amazon will put as much as $4 billion into Anthropic, the two companies said on Monday.',
        context,
        '2023-09-25',
      ),
    ).toBe('supported');
  });
  it('is news of that day when a saying with no time of its own ends the sentence, or leads it with its day', () => {
    for (const s of [
      'Amazon will put as much as $4 billion into Anthropic, a person for the retailer said.',
      'The retailer said Tuesday it would put as much as $4 billion into Anthropic.',
    ])
      expect(statusOf(s, context, '2023-09-25'), s).toBe('supported');
  });
  it('leaves a term said at the end of the sentence a term told as current', () => {
    expect(
      statusOf(
        'Azure will be the only cloud OpenAI uses, the companies said.',
        'Microsoft and OpenAI agreed a new partnership.',
        '2019-07-22',
      ),
    ).toBe('outdated');
  });
  it('is told as current without the day’s attribution', () => {
    expect(statusOf('Amazon will put as much as $4 billion into Anthropic.', context, '2023-09-25')).toBe(
      'outdated',
    );
  });
  it('leaves a term said to hold that day a term told as current', () => {
    expect(
      statusOf(
        'Azure will be the only cloud OpenAI uses, the companies said on Monday.',
        'Microsoft and OpenAI agreed a new partnership.',
        '2019-07-22',
      ),
    ).toBe('outdated');
  });
});

describe('a saying led by its time, with an aside before the speaker', () => {
  it('is judged at that time', () => {
    expect(
      statusOf(
        'As late as March 2024, in a filing to regulators, Microsoft said it owns no part of OpenAI.',
        'Microsoft and OpenAI rewrote their partnership.',
        '2026-03-01',
      ),
    ).toBe('supported');
  });
});

describe('a term told as said, with a named subject after "said"', () => {
  it('is judged on the day it was said', () => {
    const PAGE = 'Nvidia and OpenAI sign a letter of intent.';
    expect(
      statusOf(
        'The two firms said OpenAI would roll out at least ten gigawatts of Nvidia systems.',
        PAGE,
        '2025-09-23',
      ),
    ).toBe('supported');
    expect(
      statusOf('OpenAI will roll out at least ten gigawatts of Nvidia systems.', PAGE, '2025-09-23'),
    ).toBe('outdated');
  });
});

describe('a term told by its document of the page’s day', () => {
  const PAGE = 'Nvidia and OpenAI sign a letter of intent.';
  it('is what the document says, judged on the page’s date', () => {
    for (const s of [
      'Under a letter of intent signed on Monday, OpenAI will roll out at least ten gigawatts of Nvidia systems.',
      'The pair signed a letter of intent on Monday under which OpenAI will roll out at least ten gigawatts of Nvidia systems.',
    ])
      expect(statusOf(s, PAGE, '2025-09-23'), s).toBe('supported');
  });
  it('is not a document of an earlier time', () => {
    expect(
      statusOf(
        'Under the 2025 letter of intent OpenAI will still roll out at least ten gigawatts.',
        PAGE,
        '2026-05-01',
      ),
    ).not.toBe('supported');
  });
});

describe('a term told by a filing', () => {
  const PAGE = 'Amazon agrees to invest $50 billion in OpenAI.';
  it('is what the filing of the page’s day says', () => {
    for (const s of [
      'According to Amazon’s filing, Amazon must fund the rest if OpenAI goes public before the end of 2028.',
      'Amazon must fund the rest if OpenAI goes public before the end of 2028, according to a securities filing.',
    ])
      expect(statusOf(s, PAGE, '2026-02-28'), s).toBe('supported');
  });
  it('is the deal’s terms told without the filing, too', () => {
    expect(
      statusOf('Amazon must fund the rest if OpenAI goes public before the end of 2028.', PAGE, '2026-02-28'),
    ).toBe('supported');
  });
  it('is not when told as today’s state', () => {
    expect(
      statusOf(
        'Amazon still has to fund the rest if OpenAI goes public before the end of 2028.',
        PAGE,
        '2026-02-28',
      ),
    ).toBe('outdated');
  });
});
