// Names explained by who or where they are ("Josphat Mako, a Maasai man", "Greenland, the world's largest island")
// make trivia; a name explained by what it did ("Thomson, who proposed the plum pudding model") is the point.

/** What a name did, the reason a teacher asks about a person or a place: "who proposed …", "that discovered …". */
const CONTRIBUTION =
  /\b(?:propos(?:ed|es|ing)|discover\w*|argu(?:ed|es|ing)|develop\w*|found(?:ed|s|ing)|invent\w*|show(?:ed|s|n)|demonstrat\w*|formulat\w*|introduc\w*|establish\w*|creat(?:ed|es|ing)|coin(?:ed|s)|led|leads?|wrote|writes?|written|publish\w*|explain\w*|predict\w*|describ\w*|observ\w*|measur\w*|prov(?:ed|es|en|ing))\b/i;

/** An explanation that says only who or where a name is: "a Maasai man", "an island off the coast", "the capital". */
const PERSON_OR_PLACE =
  /^(?:(?:a|an|the|one of the)\s+)?(?:[\p{L}\p{N}'’-]+\s+){0,5}?(?:man|woman|men|women|person|people|boy|girl|scientist|physicist|chemist|biologist|philosopher|physician|doctor|officer|lawyer|general|king|queen|emperor|president|leader|politician|writer|author|poet|economist|astronomer|mathematician|activist|member|deputy|governor|senator|minister|judge|merchant|farmer|soldier|priest|island|state|city|town|village|country|nation|region|province|county|river|mountain|lake|sea|ocean|capital|headquarters|site|place|port|colony|territory|continent|peninsula|desert|valley)s?\b/iu;

/**
 * The people of a case study or an anecdote: "a retired bus driver who developed diabetes", "a 19-year-old college
 * student". Whatever they did, a teacher does not test them.
 */
const CASE_PERSON =
  /^(?:(?:a|an|the)\s+)?(?:[\p{L}\p{N}'’-]+\s+){0,4}?(?:student|patient|driver|worker|teacher|nurse|child|mother|father|resident|villager|customer|neighbor|neighbour|friend|retiree|employee|shopper|tourist|traveler|traveller|client)s?\b/iu;

/** The explanation says only who or where the name is, nothing it did; or it introduces a case-study person. */
export function explainsOnlyWhoOrWhere(explanation: string): boolean {
  return CASE_PERSON.test(explanation) || (PERSON_OR_PLACE.test(explanation) && !CONTRIBUTION.test(explanation));
}
