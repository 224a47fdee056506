import { describe, expect, it } from 'vitest';
import { linesAsParagraphs } from '../../lib/editor/replace';

describe('linesAsParagraphs (the HTML of a multi-line paste into ProseMirror)', () => {
  it('makes one paragraph per line, an empty paragraph for a blank line', () => {
    expect(linesAsParagraphs('One.\n\nTwo.')).toBe('<p>One.</p><p></p><p>Two.</p>');
  });

  it('escapes what the text holds, so it stays text', () => {
    expect(linesAsParagraphs('<img src=x onerror="alert(1)"> & co')).toBe(
      '<p>&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; co</p>',
    );
  });
});
