/**
 * Words that say nothing about a subject in any field: a topic named by them
 * alone ("Deep", "Prediction", "Theory", "Science") tells a reader nothing,
 * so derived topic names are made of more specific words. Lowercase, as
 * written (not stemmed). A phrase may still hold one of them next to a
 * specific word ("Sample complexity", "Mean estimation").
 */
export const GENERIC_WORDS: ReadonlySet<string> = new Set(
  `deep algorithm algorithms prediction predictions predict theory theories theoretical science sciences scientific simple simpler
  simplest prove proves proving proof proofs neural research researchers space spaces estimation estimate estimates model models
  modeling modelling method methods methodology approach approaches result results performance evaluation evaluations evaluate
  analysis analyses framework frameworks system systems task tasks problem problems data dataset datasets study studies
  setting settings technique techniques technical random approximation approximations generalization knowledge text texts test
  tests testing synthetic selective population populations cell cells human humans control controls distribution distributions
  female male period periods atom atoms average averages dimensional dimension dimensions profile profiles family families
  convergence regression identification representation representations decision decisions discovery rate rates null tree trees
  function functions value values order orders class classes effect effects property properties feature features factor
  factors characteristic characteristics condition conditions case cases example examples way ways aspect aspects issue issues
  challenge challenges insight insights application applications strategy strategies solution solutions scenario scenarios
  benchmark benchmarks baseline baselines measure measures measurement measurements quality ability abilities capability
  capabilities boost gain gains improvement improvements accuracy efficiency efficient effective effectiveness robust robustness
  superior comprehensive main best better good great strong weak possible sufficient necessary optimal minimal maximal
  significant substantial remarkable promising practical empirical extensive novel new recent general overall wide broad
  certain similar different various standard typical key major minor first second third final full complete partial
  important essential critical crucial fundamental basic advanced modern classical traditional conventional existing current
  prior previous future early late fast slow short long local global simple complex complexity structure structures
  technology technologies tool tools resource resources information process processes processing mechanism mechanisms
  behavior behaviour behaviors pattern patterns phenomenon phenomena observation observations experiment experiments
  evidence finding findings outcome outcomes impact impacts role roles level levels stage stages step steps term terms
  paper papers work works article survey review overview introduction discussion conclusion thing things part parts
  area areas field fields domain domains type types kind kinds form forms group groups set sets number numbers amount
  amounts size sizes scale scales range ranges point points line lines side sides unit units element elements component
  components object objects item items source sources target targets input inputs output outputs signal signals
  learning learn learned training trained network networks detection detect recognition generation generate generating
  understanding improve improved enhance enhanced enhancing explore exploring investigate investigating propose proposed
  develop developed development design designs designed achieve achieving provide providing demonstrate demonstrated
  obtain obtained show shown present presented introduce introduced consider considered describe described apply applied
  use used using based total whole single multiple many several numerous various potential specific particular
  despite minimum maximum comparison comparisons consequence consequences attack deviates innate found affects affect favor favour parameters parameter years year consensus bounds bound layer layers contribution
  contributions equation equations guarantees guarantee probability reliability answer answers natural artificial intelligence real world human-level state-of-the-art large high low small higher lower larger smaller`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Adjectives and participles that grade or describe rather than name
 * ("Efficient", "Comprehensive", "Selective"): a phrase starting with one is
 * praise or a property, not a subject ("Efficient algorithms", "Superior
 * performance").
 */
export const NON_NAMING_MODIFIERS: ReadonlySet<string> = new Set(
  `efficient effective superior comprehensive main best better good great strong weak possible sufficient necessary optimal
  minimal maximal significant substantial remarkable promising practical empirical extensive novel new recent general overall
  wide broad certain similar different various standard typical key major minor first second third final full complete partial
  important essential critical crucial fundamental basic advanced modern existing current prior previous future simple simpler
  selective synthetic improved enhanced proposed accurate precise fast faster slow robust scalable flexible powerful reliable
  challenging difficult hard easy unique specific particular additional further other same whole entire total single multiple
  many several numerous numerical theoretical experimental technical main little special impressive mathematical
  interesting surprising notable desirable simple dynamic growing genuine affirmative large small huge high low`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Verbs of abstracts ("exhibits", "investigates", "called"): a candidate
 * holding one is a piece of a sentence, not a name.
 */
export const VERBS: ReadonlySet<string> = new Set(
  `exhibit exhibits investigate investigates call called calls highlight highlights examine examines explore explores reveal
  reveals suggest suggests indicate indicates remain remains understood known allow allows require requires yield yields
  lead leads leverage leverages outperform outperforms enable enables achieve achieves address addresses propose proposes
  present presents focus focuses aim aims seek seeks employ employs utilize utilizes demonstrate demonstrates find finds
  observe observes obtain obtains provide provides offer offers establish establishes improve improves capture captures
  generate generates compare compares evaluate evaluates assess assesses identify identifies introduce introduces show shows
  describe describes consider considers develop develops apply applies become becomes make makes take takes give gives
  remain remained attempt attempts ensure ensures involve involves contain contains include includes support supports
  exist exists occur occurs depend depends fail fails perform performs play plays serve serves tend tends
  investigated examined explored revealed suggested indicated presented described observed obtained studied considered
  developed reported compared evaluated identified introduced demonstrated established reducing improving using enabling
  leveraging achieving providing generating making exploring investigating understanding addressing mitigating boosting
  enhancing towards toward encode encodes encoding allocate allocates outline outlines shed sheds spanning span spans relies rely`
    .split(/\s+/)
    .filter(Boolean),
);

/** True when every word of a phrase (lowercase words) is generic: such a phrase names nothing. */
export function isGenericPhrase(words: readonly string[]): boolean {
  return words.every((w) => GENERIC_WORDS.has(w) || w.length < 3);
}
