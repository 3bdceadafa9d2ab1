import type { PolicyReading, Stance } from '../policy/types.ts';
import { type ClauseSpec, parseClauseSpec } from './spec.ts';

/** The part of the policy engine's reading that a built clause determines. */
export type ExpectedReading = Pick<
  PolicyReading,
  'stance' | 'scopes' | 'disclosureRequired' | 'confidentiality' | 'detectors' | 'language'
>;

/**
 * How Candor's policy engine must read `buildClause(spec)`, in its own taxonomy:
 * - `no-ai` is `prohibited`;
 * - `ai-with-disclosure` and `ai-only-for` are `restricted`: AI is allowed only under a condition or for some tasks;
 * - `ai-welcome` is `allowed`, or `restricted` when it asks for disclosure, since allowed-but-must-disclose is a
 *   condition on use;
 * - each part the clause names gets that stance in `scopes`, and no other part is named;
 * - `disclosureRequired` when the clause asks which tools were used, `confidentiality` when it has the privacy
 *   sentence; the builder never mentions AI detectors.
 */
export function expectedReading(input: ClauseSpec): ExpectedReading {
  const spec = parseClauseSpec(input);
  const disclosureRequired = spec.stance === 'ai-with-disclosure' || spec.disclosure;
  const stance: Stance =
    spec.stance === 'no-ai'
      ? 'prohibited'
      : spec.stance === 'ai-welcome' && !disclosureRequired
        ? 'allowed'
        : 'restricted';
  return {
    stance,
    scopes: Object.fromEntries(spec.parts.map((part) => [part, stance])),
    disclosureRequired,
    confidentiality: spec.privacy,
    detectors: false,
    language: spec.lang,
  };
}
