// A state that has held without a break since a year ("has been its main cloud since 2016") is right while it
// still holds, though the words for it changed on the way (primary, then only, then primary again); told as
// begun in that year, or as current in an old article, it is read as before. Our own words.
import { describe, expect, it } from 'vitest';
import { claimsOf, statusOf } from '../../support/claims-after';

const MS = 'Microsoft and OpenAI: a short history.';
const judged = (s: string, published: string) => claimsOf(s, MS, published)[0];

describe('a main cloud since a year', () => {
  it('is right while it has held ever since', () => {
    for (const s of [
      'OpenAI has leaned on Azure as its main cloud platform ever since 2016.',
      'Azure has served as the lab’s primary cloud since 2016, with no money attached at first.',
    ]) {
      const claim = judged(s, '2019-07-23');
      expect([claim?.status, claim?.factId], s).toEqual(['supported', 'cloud-main-since-2016']);
    }
  });
  it('leaves the 2016 start told in the past, and an old present claim, as they were', () => {
    expect(judged('In November 2016 Azure became OpenAI’s main cloud.', '2019-07-23')?.factId).toBe(
      'cloud-primary-2016',
    );
    expect(judged('Azure is OpenAI’s primary cloud, a role it took on in 2016.', '2018-05-01')?.status).toBe(
      'outdated',
    );
  });
});

describe('a state told of the time before a named change', () => {
  it('is the past: right as it was', () => {
    expect(
      statusOf(
        'Before the restructuring, Microsoft owned no shares in OpenAI, only a right to part of its profits.',
        'Microsoft and OpenAI signed a new deal.',
        '2025-10-29',
      ),
    ).toBe('supported');
  });
});
