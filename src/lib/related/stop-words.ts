/**
 * English function words plus the boilerplate of abstracts ("we propose a
 * novel method ... code is available"): words that appear in most papers say
 * nothing about which papers belong together. Lowercase, before stemming.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above across after again against all almost along already also although always am among an and another any
  are around as at be because been before being below between both but by can cannot could did do does doing done down
  during each either else enough etc even ever every few for from further had has have having he her here hers him his
  how however i if in into is it its itself just less let like many may me might more most much must my neither no nor
  not now of off often on once one only onto or other others otherwise our ours out over own per perhaps quite rather
  same several she should since so some such than that the their theirs them themselves then there therefore these they
  this those though through thus to together too toward towards under until up upon us very via was way we well were what
  whatever when where whereas whether which while who whom whose why will with within without would yet you your
  abstract paper papers work works propose proposes proposed present presents introduce introduces introduced novel new
  approach approaches method methods result results show shows shown demonstrate demonstrates demonstrated experiment
  experiments experimental extensive extensively outperform outperforms outperforming achieve achieves achieved
  state art existing significant significantly furthermore moreover specifically particular particularly respectively
  based using use used uses able various different given first second two three further recent recently effective
  effectively improve improves improved improvement improvements available code https http www github com org
  release released project page e g i e et al`
    .split(/\s+/)
    .filter(Boolean),
);
