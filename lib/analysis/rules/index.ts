/** The registry of every rule, in the order findings are reported. */
import { announcement } from './announcement';
import { baitRules } from './bait';
import { banned } from './banned';
import { caps } from './caps';
import { contactNumber } from './contact-number';
import { cta } from './cta';
import { ctaChain } from './cta-chain';
import { currency } from './currency';
import { date } from './date';
import { deadline } from './deadline';
import { dmPricing } from './dm-pricing';
import { emoji } from './emoji';
import { exclaim } from './exclaim';
import { formality } from './formality';
import { hashtags } from './hashtags';
import { hook } from './hook';
import { hype } from './hype';
import { idiom } from './idiom';
import { jargon } from './jargon';
import { leadMagnet } from './lead-magnet';
import { linkCall } from './link-call';
import { linkDrop } from './link-drop';
import { linkOut } from './link-out';
import { longSentence } from './long-sentence';
import { noQuestion } from './no-question';
import { price } from './price';
import { prize } from './prize';
import { scarcity } from './scarcity';
import { selfPromo } from './self-promo';
import { signOff } from './sign-off';
import { smallPrint } from './small-print';
import { timeZone } from './time-zone';
import type { Rule } from './types';
import { weFocus } from './we-focus';

export const ALL_RULES: readonly Rule[] = [
  cta,
  dmPricing,
  price,
  prize,
  selfPromo,
  leadMagnet,
  scarcity,
  contactNumber,
  smallPrint,
  hype,
  deadline,
  caps,
  exclaim,
  announcement,
  hook,
  noQuestion,
  weFocus,
  ctaChain,
  linkDrop,
  linkOut,
  linkCall,
  ...baitRules,
  idiom,
  jargon,
  date,
  timeZone,
  currency,
  longSentence,
  banned,
  emoji,
  hashtags,
  formality,
  signOff,
];
