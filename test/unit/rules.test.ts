import { describe, expect, it } from 'vitest';
import { review } from '../../lib/analysis/index';
import { ALL_RULES } from '../../lib/analysis/rules/index';

// Every rule proves its own examples: each `flagged` sentence raises it, each `clean` one does not.
describe.each(ALL_RULES.map((r) => [r.id, r] as const))('%s', (id, rule) => {
  const flagged = rule.examples.flagged;
  const clean = rule.examples.clean;
  if (flagged.length > 0) {
    it.each(flagged)('flags %j', (text) => {
      expect(review(text).findings.map((f) => f.rule)).toContain(id);
    });
  }
  if (clean.length > 0) {
    it.each(clean)('does not flag %j', (text) => {
      expect(review(text).findings.map((f) => f.rule)).not.toContain(id);
    });
  }
  it('has a message, a why and a category of its id', () => {
    expect(rule.message.length).toBeGreaterThan(10);
    expect(rule.why.length).toBeGreaterThan(20);
    expect(id.startsWith(`${rule.category}/`)).toBe(true);
  });
});

describe('every rule has examples', () => {
  const voiceRules = new Set(['voice/banned', 'voice/formality', 'voice/sign-off']);
  it.each(ALL_RULES.filter((r) => !voiceRules.has(r.id)).map((r) => r.id))(
    '%s has flagged and clean examples',
    (id) => {
      const rule = ALL_RULES.find((r) => r.id === id)!;
      expect(rule.examples.flagged.length).toBeGreaterThan(0);
      expect(rule.examples.clean.length).toBeGreaterThan(0);
    },
  );
});
