import { describe, expect, it } from 'vitest';
import { hostOf, matchPatternFor, normalizeSite } from '../../utils/sites';

describe('sites', () => {
  it('take the host of web pages only', () => {
    expect(hostOf('https://News.Example:8443/a?b')).toBe('news.example');
    expect(hostOf('http://127.0.0.1:4000/x')).toBe('127.0.0.1');
    for (const url of [
      'chrome://settings',
      'file:///tmp/a.html',
      'about:blank',
      'not a url',
      null,
      undefined,
    ]) {
      expect(hostOf(url)).toBeNull();
    }
  });

  it('read what a reader types as a site', () => {
    expect(normalizeSite('  News.Example.com ')).toBe('news.example.com');
    expect(normalizeSite('https://www.example.com/news/1')).toBe('www.example.com');
    expect(normalizeSite('example.com/path')).toBe('example.com');
    for (const bad of ['', 'not a site', 'http://', 'exa mple.com', 'ftp://x.example']) {
      expect(normalizeSite(bad), bad).toBeNull();
    }
  });

  it('cover every page of a host with one match pattern', () => {
    expect(matchPatternFor('news.example')).toBe('*://news.example/*');
  });
});
