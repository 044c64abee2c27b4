import { describe, expect, it } from 'vitest';
import { findTitle } from '../../../core/page/title';
import { doc, fixture, page } from './helpers';

describe('findTitle', () => {
  it('prefers og:title, with entities decoded', () => {
    expect(findTitle(doc(fixture('news-article.html')))).toBe('Inside the Microsoft & OpenAI deal');
  });

  it('falls back to <title>, whitespace folded', () => {
    expect(findTitle(page('<h1>Heading</h1>', '<title>\n  Microsoft   and OpenAI\n</title>'))).toBe(
      'Microsoft and OpenAI',
    );
    expect(findTitle(page('', '<meta property="og:title" content="   "><title>Plain title</title>'))).toBe(
      'Plain title',
    );
  });

  it('ignores an SVG <title>', () => {
    expect(findTitle(page('<svg><title>Icon</title></svg><h1>The headline</h1>'))).toBe('The headline');
  });

  it('falls back to the first h1 outside chrome, then any h1', () => {
    expect(findTitle(page('<header><h1>Logo</h1></header><article><h1>Story</h1></article>'))).toBe('Story');
    expect(findTitle(page('<header><h1>Logo only</h1></header>'))).toBe('Logo only');
  });

  it('is null when the page has no title at all', () => {
    expect(findTitle(page('<p>Just text.</p>'))).toBeNull();
    expect(findTitle(doc(''))).toBeNull();
  });
});
