// A page whose headline names two deals ("… a month after its rival's deal") and whose opening paragraph names one:
// a sentence led by a term's noun or a pronoun goes on about the opening's deal. Sentences that name another deal's
// side keep their own deal. Our own words.
import { describe, expect, it } from 'vitest';
import { judgePage } from '../../../core/analyze';
import { bundledFactBase } from '../../../core/factbase/bundled';
import { pageFromPlainText } from '../../../core/page/plain-text';
import { pageClaims } from '../../support/page-claims';

const fb = bundledFactBase();

function judged(paragraphs: string[], title: string, published: string) {
  const page = { ...pageFromPlainText(paragraphs.join('\n\n')), title, published };
  return judgePage(page, fb, { asOf: '2026-11-21' });
}

describe('the deal of the opening paragraph', () => {
  const title = 'Google to back Anthropic with up to $2 billion, weeks after Amazon pledged $4 billion';
  const lede =
    'Google agreed to invest up to $2 billion in Anthropic, paying $500 million now and the rest over time.';
  it('is the one a sentence led by a term’s noun goes on about', () => {
    const claims = judged(
      [lede, 'The investment takes the form of a convertible note.'],
      title,
      '2023-10-28',
    );
    expect(claims.find((c) => c.text.startsWith('The investment'))).toMatchObject({
      partnership: 'google-anthropic',
      status: 'supported',
    });
  });
  it('is the one a sentence led by "the funding" goes on about', () => {
    const claims = judged([lede, 'The funding is structured as a convertible note.'], title, '2023-10-28');
    expect(claims.find((c) => c.text.startsWith('The funding'))).toMatchObject({
      partnership: 'google-anthropic',
      status: 'supported',
    });
  });
  it('is the one money told back goes on about, though another deal is named in passing', () => {
    const claims = judged(
      [
        lede,
        'Amazon had pledged up to $4 billion a month earlier.',
        'The money comes as a convertible note.',
      ],
      'Google agrees to back Anthropic with up to $2 billion',
      '2023-10-28',
    );
    expect(claims.find((c) => c.text.startsWith('The money'))).toMatchObject({
      partnership: 'google-anthropic',
      status: 'supported',
    });
  });
  it('is the one a sentence led by a pronoun goes on about', () => {
    const claims = judged([lede, 'Its investment comes as a convertible note.'], title, '2023-10-28');
    expect(claims.find((c) => c.text.startsWith('Its'))).toMatchObject({ partnership: 'google-anthropic' });
  });
  it('leaves a sentence that names the other deal’s side to that deal', () => {
    const claims = judged(
      [lede, 'Amazon has pledged as much as $4 billion to the same start-up.'],
      title,
      '2023-10-28',
    );
    expect(claims.find((c) => c.text.startsWith('Amazon'))?.partnership).toBe('amazon-anthropic');
  });
});

describe('the deal of the headline', () => {
  it('is the one a sentence led by its document goes on about, though the page names another company', () => {
    const claims = judged(
      [
        'Nvidia intends to put up to $100 billion into OpenAI as the lab deploys its systems.',
        'Microsoft remains the lab’s largest backer.',
        'The letter is not a binding contract, and the two expect to settle details in the coming weeks.',
      ],
      'Nvidia and OpenAI sign a letter of intent on ten gigawatts',
      '2025-09-23',
    );
    expect(claims.find((c) => c.text.startsWith('The letter'))).toMatchObject({
      partnership: 'nvidia-openai',
      status: 'supported',
    });
  });
});

describe('a headline that names two deals', () => {
  const paragraphs = [
    'OpenAI agreed to buy $38 billion of computing from Amazon Web Services over seven years.',
    'The contract comes days after Microsoft gave up its right of first refusal over OpenAI’s new capacity.',
    'Most of the work will run on Amazon’s in-house Trainium chips.',
  ];
  const trainium = (title: string) =>
    pageClaims(title, paragraphs, '2025-11-04')
      .filter((c) => c.text.includes('Trainium'))
      .map((c) => [c.status, c.factId]);
  it('leads with the deal its first clause names', () => {
    expect(trainium('OpenAI signs a compute deal with AWS, loosening Microsoft’s hold')).toEqual([
      ['contradicted', 'zo-trainium-2gw'],
    ]);
  });
  it('leads with no deal when its first clause names none', () => {
    expect(trainium('Deals of the week: OpenAI with AWS, and Microsoft loosens its hold')).toEqual([]);
  });
});

describe('a term that fits two deals of one shared side', () => {
  const others = 'The chipmaker has separately signed a letter of intent with OpenAI.';
  it('is the headline’s deal when the sentence names no more of the other', () => {
    const term = 'It adds up to a gigawatt of capacity on Grace Blackwell and Vera Rubin systems.';
    const claims = pageClaims(
      'Nvidia and Microsoft to back Anthropic with up to $15 billion',
      ['The three companies set out the deal on Tuesday.', term, others],
      '2025-11-19',
    );
    expect(claims.find((c) => c.text === term)).toMatchObject({
      partnership: 'microsoft-nvidia-anthropic',
      status: 'supported',
    });
  });
  it('is not the headline’s deal when the sentence names a side only the other deal has', () => {
    const term =
      'The lab may buy up to a gigawatt more, running on Nvidia’s Grace Blackwell and Vera Rubin systems.';
    const claims = pageClaims(
      'Amazon and Anthropic widen their chip deal; Nvidia and Microsoft join in',
      ['Anthropic will train on Trainium, the companies said.', term, others],
      '2025-11-21',
    );
    expect(claims.find((c) => c.text === term)).toMatchObject({ partnership: 'microsoft-nvidia-anthropic' });
  });
});

describe('a headline that gives background after its news ("… after loosening C’s ties")', () => {
  it('leads with the deal of its news', () => {
    const term = 'Much of the new work will run on Trainium chips, the company said.';
    const claims = pageClaims(
      'OpenAI signs a cloud deal with Amazon after loosening Microsoft ties',
      ['The companies set out the agreement on Monday.', term],
      '2025-11-04',
    );
    // The November deal ran on Nvidia chips; Trainium came in the February 2026 agreement.
    expect(claims.find((c) => c.text === term)).toMatchObject({
      partnership: 'amazon-openai',
      status: 'contradicted',
    });
  });
  it('is not cut at "as much as"', () => {
    const claims = pageClaims(
      'Google lines up as much as $2 billion for Anthropic, a month after Amazon’s bet',
      ['The search company will pay $500 million now.', 'That makes Google Cloud the startup’s main cloud.'],
      '2023-10-30',
    );
    expect(claims.find((c) => c.text.startsWith('That makes'))).toMatchObject({ status: 'contradicted' });
  });
});
