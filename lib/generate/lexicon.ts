// Word lists the ranking needs: words too general to be a concept on their own, and modifiers that add
// nothing to a term ("important role" is a role). Small and English-only, like the generator.

/** Nouns that are never a concept alone (they still head multi-word terms: "political process"). */
export const GENERAL_NOUNS = new Set(
  (
    'way ways part parts number fact result case time times extent article view opinion thing issue problem ' +
    'role importance process level hand study analysis use need order means basis point example question aspect ' +
    'kind type form sort lot matter area field group year day people person man woman one ones some other others ' +
    'connection addition regard respect term terms sense context situation manner degree amount range set series ' +
    'side end beginning start change changes effect effects factor factors purpose goal goals idea ideas reason ' +
    'reasons condition conditions possibility opportunity opportunities attempt attempts place places detail details ' +
    'today century centuries decade decades period thing things something anything everything nothing variety ' +
    'majority minority element elements feature features approach approaches work works action actions activity ' +
    'activities interest interests phenomenon phenomena essence nature importance help experience ' +
    // Everyday nouns of expository prose: a teacher never asks "what is a country?" of an article.
    'society country countries state states world life development formation presence interaction institution ' +
    'institutions system systems structure structures power government policy law laws right rights member ' +
    'members population community communities organization organizations family families home house city cities ' +
    'region regions area areas land water food money price prices cost costs company companies market business ' +
    'industry work job jobs school student students teacher children child history future past present today ' +
    'information data knowledge research science scientist scientists evidence method methods model models ' +
    'theory theories practice practices value values quality quantity size shape color colour material materials ' +
    'object objects body bodies energy force forces movement position direction line lines surface space ' +
    'environment resource resources product products service services support level levels rate rates share ' +
    'growth increase decrease improvement expansion extension creation introduction establishment implementation ' +
    'participation cooperation competition relationship relationships relation relations network networks ' +
    'mechanism mechanisms framework instrument instruments tool tools function functions task tasks activity ' +
    'responsibility responsibilities ability abilities capacity opportunity need needs demand requirement ' +
    'requirements conclusion conclusions description explanation definition definitions concept concepts ' +
    'principle principles rule rules standard standards measure measures step steps stage stages phase phases ' +
    'category categories class classes list lists table figure figures chapter section paper author authors ' +
    'reader readers word words name names title text texts language sentence meaning interpretation ' +
    'consequence consequences cause causes source sources origin basis foundation attention importance ' +
    'significance influence impact role effort efforts success failure difficulty difficulties challenge ' +
    'challenges solution solutions decision decisions choice choices action response answer answers ' +
    'scope use'
  ).split(/\s+/),
);

/** Adjectives and determiners-in-disguise that do not make a term: "the main priority" is "priority". */
export const EMPTY_MODIFIERS = new Set(
  (
    'new other different important main major such many various certain current particular significant whole ' +
    'entire same own several specific general good great large small big high low first last next further key ' +
    'relative relatively recent essential necessary possible real true clear simple complex difficult ' +
    'following above below given known so-called certain numerous few more most less least much little ' +
    'only very modern today total full considerable substantial extensive enormous huge vast tiny typical usual ' +
    'actual overall additional extra'
  ).split(/\s+/),
);

/** British spellings folded to American so "organisation" and "organization" are one concept. */
const SPELLING_VARIANTS: [RegExp, string][] = [
  [/isation/g, 'ization'],
  [/yse$/, 'yze'],
  [/(behavi|col|fav|lab|hon|neighb|harb|vig|rum|hum|flav)our/g, '$1or'],
  [/centre/g, 'center'],
  [/metre/g, 'meter'],
  [/defence/g, 'defense'],
];

export function foldSpelling(word: string): string {
  return SPELLING_VARIANTS.reduce((folded, [pattern, replacement]) => folded.replace(pattern, replacement), word);
}

/** Function words that make up most of any English text; a text with few of them is not English. */
export const ENGLISH_FUNCTION_WORDS = new Set(
  (
    'the of and to a in is it that for was on are as with be by this at from or an which not have has were ' +
    'but their its they can been also more one all there these would other into than such we he she his her'
  ).split(/\s+/),
);

/**
 * Heads of the names of bodies and laws ("American Civil Liberties Union", "Controlled Substances Act"): given
 * with an abbreviation they name an organisation or a statute the text mentions, not a term it teaches.
 */
export const INSTITUTION_HEADS = new Set(
  (
    'union association agency administration act radio station company corporation bank council committee commission ' +
    'department ministry institute university college society foundation organization organisation network party ' +
    'service bureau office court league federation alliance'
  ).split(' '),
);
