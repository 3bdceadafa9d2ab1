/** Questions in a post that ask about AI use rather than state a rule. */

/**
 * Asking whether AI may be used, in the five languages (folded text): "can I use", "is it OK to use", "is AI
 * allowed", "¿puedo usar…?", "se puede usar", "posso usar", "dá pra usar", "puis-je utiliser", "peut-on", "darf ich",
 * "ist KI erlaubt".
 */
const ASKS_PERMISSION =
  /\b(?:(?:can|may|could) (?:i|we|you|freelancers) (?:\S+ ){0,2}?use|is it (?:ok|okay|fine|allowed|acceptable) (?:to|if)|(?:is|are) (?:\S+ ){0,4}?(?:allowed|permitted|ok|okay|acceptable)|(?:puedo|podemos|puedes|se puede|se pueden) (?:usar|utilizar|emplear)|(?:esta|estan) permitid|(?:posso|podemos|pode|da pra|da para) (?:usar|utilizar)|(?:e|sao) permitid|puis-je|peut-on|(?:je peux|on peut|peux-tu|pouvez-vous) (?:\S+ )?(?:utiliser|me servir|se servir)|(?:est|sont)-(?:il|elle|ce)s? (?:autorisee?s?|permise?s?)|darf (?:ich|man)|durfen wir|(?:ist|sind) (?:\S+ ){0,3}?(?:erlaubt|okay|ok|in ordnung))\b/;

/**
 * `sentence` (folded) asks whether AI may be used: "Can I use ChatGPT?", "Darf ich KI nutzen?". Its words of
 * permission ("darf", "allowed") state no rule; the answer does (`answers.ts`).
 */
export function asksPermission(sentence: string): boolean {
  return endsOnQuestionMark(sentence) && ASKS_PERMISSION.test(sentence);
}

/** `sentence` ends on "?", spaces after it aside: a question. */
export function endsOnQuestionMark(sentence: string): boolean {
  let last = sentence.length - 1;
  while (last >= 0 && sentence.charCodeAt(last) <= 32) last--;
  return sentence[last] === '?';
}

/**
 * A question about the freelancer's AI use ("Do you use AI in your process?", "Vous utilisez l'IA dans votre
 * processus ?", "¿Usas IA para redactar?") sets the same condition as "if you use AI": a bare "tell us" beside it
 * or after it asks for disclosure.
 */
const ASKS_USE =
  /^[¿"']?\s*(?:(?:do|did|will|are|have) you (?:\S+ ){0,2}?(?:use|using|used)|(?:vous utilisez|utilisez-vous|tu utilises|usas|utilizas|usa usted|utiliza usted|voce usa|voce utiliza|nutzt du|verwendest du|setzt du|nutzen sie|verwenden sie)\b)/;

export function asksAboutUse(sentence: string): boolean {
  return endsOnQuestionMark(sentence) && ASKS_USE.test(sentence.trimStart());
}
