// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  findAllComposers,
  findComposer,
  isCommentComposer,
  isUnrecognisedComposer,
  siteForUrl,
} from '../../lib/sites/detect';
import { facebook } from '../../lib/sites/facebook';
import { linkedin } from '../../lib/sites/linkedin';
import { x } from '../../lib/sites/x';

describe('siteForUrl', () => {
  it.each([
    ['https://x.com/home', 'x'],
    ['https://twitter.com/compose/post', 'x'],
    ['https://www.linkedin.com/feed/', 'linkedin'],
    ['https://www.facebook.com/groups/1', 'facebook'],
    ['http://127.0.0.1:5173/x/', 'x'],
    ['http://localhost:4000/linkedin/', 'linkedin'],
    ['http://127.0.0.1:4000/facebook/index.html', 'facebook'],
    ['https://mobile.twitter.com/home', 'x'],
    ['https://X.COM/home', 'x'],
    ['https://linkedin.com/in/someone', 'linkedin'],
    ['https://web.facebook.com/', 'facebook'],
    ['https://www.linkedin.com:443/feed/', 'linkedin'],
  ])('%s → %s', (url, id) => {
    expect(siteForUrl(new URL(url))?.id).toBe(id);
  });

  it.each([
    'https://example.com/',
    'https://x.com.evil.example/',
    'http://x.com/',
    'https://notlinkedin.com/',
    'http://127.0.0.1:4000/other/',
    'http://127.0.0.1:4000/',
    'http://127.0.0.1:4000/xyz/',
    'http://192.168.1.2:4000/x/',
    'https://evil.example/x/',
    'https://x.com@evil.example/',
    'https://fr.facebook.com.evil.example/',
    'file:///x/index.html',
  ])('%s → none', (url) => {
    expect(siteForUrl(new URL(url))).toBeNull();
  });
});

describe('site data', () => {
  it.each([
    [x, 'x', 280, 280],
    [linkedin, 'linkedin', 3000, 1250],
    [facebook, 'facebook', 63206, 8000],
  ] as const)('%#: %s limits', (site, platform, post, comment) => {
    expect(site.platform).toBe(platform);
    expect(site.limits).toEqual({ post, comment });
  });
});

describe('composer selectors', () => {
  function dom(html: string): HTMLElement {
    const div = document.createElement('div');
    div.innerHTML = html; // test markup, not user text
    document.body.replaceChildren(div);
    return div;
  }

  it('finds an X Draft.js composer from inside it, and not an unknown editor', () => {
    const root = dom(
      '<div data-testid="tweetTextarea_0"><div class="public-DraftEditor-content" contenteditable="true"><div><span id="in">hi</span></div></div></div><div contenteditable="true" id="other"></div>',
    );
    expect(findComposer(root.querySelector('#in'), x)?.className).toBe('public-DraftEditor-content');
    expect(findComposer(root.querySelector('#other'), x)).toBeNull();
    expect(findAllComposers(root, x)).toHaveLength(1);
  });

  it('leaves X Draft.js editors outside tweetTextarea_N (the DM box) and read-only ones alone', () => {
    const root = dom(
      '<div data-testid="dmComposerTextInput"><div class="public-DraftEditor-content" contenteditable="true" id="dm"></div></div><div data-testid="tweetTextarea_0"><div class="public-DraftEditor-content" contenteditable="false" id="ro"></div></div>',
    );
    expect(findComposer(root.querySelector('#dm'), x)).toBeNull();
    expect(findComposer(root.querySelector('#ro'), x)).toBeNull();
    expect(findAllComposers(root, x)).toHaveLength(0);
  });

  it('finds LinkedIn Quill composers and tells comments from posts', () => {
    const root = dom(
      '<div class="share-box"><div class="ql-editor" contenteditable="true" id="p"></div></div><div class="comments-comment-box"><div class="ql-editor" contenteditable="true" id="c"></div></div>',
    );
    expect(findAllComposers(root, linkedin)).toHaveLength(2);
    expect(isCommentComposer(root.querySelector('#p')!, linkedin)).toBe(false);
    expect(isCommentComposer(root.querySelector('#c')!, linkedin)).toBe(true);
  });

  it('finds Facebook Lexical composers only with the Lexical marker', () => {
    const root = dom(
      '<div role="textbox" contenteditable="true" data-lexical-editor="true" id="a"></div><div role="textbox" contenteditable="true" id="b"></div>',
    );
    expect(findAllComposers(root, facebook).map((e) => e.id)).toEqual(['a']);
  });

  it.each([
    [
      'X: a new editor inside tweetTextarea_0',
      x,
      '<div data-testid="tweetTextarea_0"><div contenteditable="true" class="new-editor" id="t"></div></div>',
      true,
    ],
    [
      'LinkedIn: ProseMirror in the share box',
      linkedin,
      '<div class="share-box"><div class="ProseMirror" contenteditable="true" id="t"></div></div>',
      true,
    ],
    [
      'Facebook: a non-Lexical textbox in a comment box',
      facebook,
      '<div class="comment-box"><div role="textbox" contenteditable="true" id="t"></div></div>',
      true,
    ],
    [
      'X: the DM box is not a composer slot',
      x,
      '<div data-testid="dmComposerTextInput"><div class="public-DraftEditor-content" contenteditable="true" id="t"></div></div>',
      false,
    ],
    [
      'LinkedIn: the messaging box is not a composer slot',
      linkedin,
      '<div class="msg-form"><div class="msg-form__contenteditable" contenteditable="true" id="t"></div></div>',
      false,
    ],
    [
      'LinkedIn: a recognised Quill composer',
      linkedin,
      '<div class="share-box"><div class="ql-editor" contenteditable="true" id="t"></div></div>',
      false,
    ],
    [
      'Facebook: a button in the post dialog is not editable',
      facebook,
      '<div role="dialog" aria-label="Create post"><button id="t">Post</button></div>',
      false,
    ],
  ] as const)('isUnrecognisedComposer: %s → %s', (_name, site, html, expected) => {
    const root = dom(html);
    expect(isUnrecognisedComposer(root.querySelector('#t'), site)).toBe(expected);
  });
});
