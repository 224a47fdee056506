// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  findAllComposers,
  findComposer,
  isCommentComposer,
  isPrivateMessage,
  isUnrecognisedComposer,
  matchComposer,
  siteForUrl,
  sitePath,
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

describe('2026 markup: ordered composers, kinds and private messaging', () => {
  function dom(html: string): HTMLElement {
    const div = document.createElement('div');
    div.innerHTML = html; // test markup, not user text
    document.body.replaceChildren(div);
    return div;
  }
  const LEXICAL = 'role="textbox" contenteditable="true" data-lexical-editor="true"';

  it.each([
    [
      'X: test id on the Draft.js editable (2026), a post on the home page',
      x,
      '/home',
      '<label data-testid="tweetTextarea_0_label"><div class="public-DraftEditor-content" contenteditable="true" data-testid="tweetTextarea_0" id="t"></div></label>',
      'post',
    ],
    [
      'X: the same markup under a post on its status page is a reply',
      x,
      '/rapport/status/1',
      '<label data-testid="tweetTextarea_0_label"><div class="public-DraftEditor-content" contenteditable="true" data-testid="tweetTextarea_0" id="t"></div></label>',
      'reply',
    ],
    [
      'X: the compose dialog over a status page is a post',
      x,
      '/rapport/status/1',
      '<div role="dialog"><div class="public-DraftEditor-content" contenteditable="true" data-testid="tweetTextarea_0" id="t"></div></div>',
      'post',
    ],
    [
      'LinkedIn: TipTap comment box (2026)',
      linkedin,
      '/feed/',
      '<div data-view-name="comment-box"><div aria-label="Text editor for creating comment"><div class="tiptap ProseMirror" contenteditable="true" role="textbox" id="t"></div></div></div>',
      'comment',
    ],
    [
      'LinkedIn: Quill in the Create-post dialog (2026)',
      linkedin,
      '/feed/',
      '<div class="share-creation-state__text-editor"><div class="ql-editor" contenteditable="true" id="t"></div></div>',
      'post',
    ],
    [
      'Facebook: a comment box labelled in French, inside a post',
      facebook,
      '/',
      `<div role="article"><div ${LEXICAL} aria-label="Écrire un commentaire…" id="t"></div></div>`,
      'comment',
    ],
    [
      'Facebook: the Create-post dialog',
      facebook,
      '/',
      `<div role="dialog" aria-label="Create post"><div ${LEXICAL} id="t"></div></div>`,
      'post',
    ],
  ] as const)('%s → %s', (_name, site, path, html, kind) => {
    const root = dom(html);
    expect(matchComposer(root.querySelector('#t'), site, path)?.markup.kind).toBe(kind);
  });

  it.each([
    [
      'Facebook: a Messenger chat window (a message list beside the box), English label',
      facebook,
      '/',
      `<div role="region" aria-label="Ana"><div role="grid"></div><div ${LEXICAL} aria-label="Message" id="t"></div></div>`,
    ],
    [
      'Facebook: the same, localised label (structure, not words)',
      facebook,
      '/',
      `<div role="region" aria-label="Jonas"><div role="grid"></div><div ${LEXICAL} aria-label="Nachricht" id="t"></div></div>`,
    ],
    [
      'Facebook: the label alone when the structure is unknown',
      facebook,
      '/',
      `<div><div ${LEXICAL} aria-label="Message" id="t"></div></div>`,
    ],
    ['Facebook: any box on the messages route', facebook, '/messages/t/123', `<div ${LEXICAL} id="t"></div>`],
    [
      'X: the 2026 DM box',
      x,
      '/home',
      '<div class="public-DraftEditor-content" contenteditable="true" data-testid="dmComposerTextInput" id="t"></div>',
    ],
    [
      'X: a tweet-like box on the chat route',
      x,
      '/i/chat/123',
      '<div class="public-DraftEditor-content" contenteditable="true" data-testid="tweetTextarea_0" id="t"></div>',
    ],
    [
      'LinkedIn: a Quill box on the messaging route',
      linkedin,
      '/messaging/thread/1/',
      '<div class="ql-editor" contenteditable="true" id="t"></div>',
    ],
    [
      'LinkedIn: the messaging overlay',
      linkedin,
      '/feed/',
      '<div class="msg-overlay-conversation-bubble"><div class="msg-form"><div class="ql-editor" contenteditable="true" id="t"></div></div></div>',
    ],
  ] as const)('private: %s', (_name, site, path, html) => {
    const root = dom(html);
    const el = root.querySelector('#t')!;
    expect(isPrivateMessage(el, site, path)).toBe(true);
    expect(matchComposer(el, site, path)).toBeNull();
    expect(isUnrecognisedComposer(el, site, path)).toBe(false);
  });

  it('orders markup current first, each with the fixture that proves it', () => {
    for (const site of [x, linkedin, facebook]) {
      expect(site.composers.length).toBeGreaterThan(0);
      for (const c of site.composers) expect(c.fixture).toMatch(new RegExp(`^${site.id}/`));
      // The catch-all entries (the widest selectors) come last.
      expect(site.composers[0].name).toMatch(/2026/);
    }
  });

  it.each([
    ['https://x.com/rapport/status/1', '/rapport/status/1'],
    ['http://127.0.0.1:4000/x/rapport/status/1/', '/rapport/status/1/'],
    ['http://127.0.0.1:4000/facebook/', '/'],
  ])('sitePath(%s) = %s', (url, path) => {
    expect(sitePath(new URL(url))).toBe(path);
  });
});
