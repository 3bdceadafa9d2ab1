import type { MessageKey } from '../src/i18n.ts';
import { t } from '../src/i18n.ts';
import type { DeclaredPart, Evidence } from '../src/policy/types.ts';
import { type MarketplaceRule, UPWORK_RULES, type Verdict, type VerdictReason } from '../src/rules/index.ts';
import { declaredPartName } from './declaration-form.tsx';

/**
 * What a reason is about, from the rule it cites: the evaluator's own `message` is English prose, so the popup
 * says the same thing in the UI's language from this and the reason's level.
 */
type ReasonKind = 'restricted' | 'material' | 'permission' | 'transparency' | 'ownership';

function reasonKind(reason: VerdictReason): ReasonKind {
  const { cite } = UPWORK_RULES;
  // Client material is judged for the whole engagement, the only reason with no part.
  if (reason.part === undefined && reason.ruleId === cite.thirdPartyRights && reason.level !== 'clear') {
    return 'material';
  }
  if (reason.ruleId === cite.restrictedUse) return 'restricted';
  if (reason.ruleId === cite.transparency) return 'transparency';
  if (reason.ruleId === cite.ownership) return 'ownership';
  return 'permission';
}

const sentenceCase = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

interface Group {
  key: string;
  reason: VerdictReason;
  kind: ReasonKind;
  parts: DeclaredPart[];
  evidence: Evidence[];
}

/** The same finding for several parts is said once, naming the parts. */
function group(reasons: readonly VerdictReason[]): Group[] {
  const groups = new Map<string, Group>();
  for (const reason of reasons) {
    const kind = reasonKind(reason);
    const key = `${kind}-${reason.level}`;
    const found = groups.get(key) ?? { key, reason, kind, parts: [], evidence: [] };
    if (reason.part && !found.parts.includes(reason.part)) found.parts.push(reason.part);
    for (const evidence of reason.evidence) {
      if (!found.evidence.some((e) => e.start === evidence.start)) found.evidence.push(evidence);
    }
    groups.set(key, found);
  }
  return [...groups.values()];
}

function RuleCitation({ ruleId }: { ruleId: string }) {
  const rule: MarketplaceRule | undefined = UPWORK_RULES.rules.find((r) => r.id === ruleId);
  if (!rule) return null;
  return (
    <div class="rule">
      <p class="rule-name">
        <cite>
          {rule.document} §{rule.section}
        </cite>{' '}
        <span class="muted">{t('ruleVersion', [rule.version, rule.effectiveDate])}</span>
      </p>
      {rule.wording === 'quote' ? (
        <blockquote lang="en">“{rule.text}”</blockquote>
      ) : (
        <p class="rule-summary">
          <span class="muted">{t('ruleSummary')}</span> <span lang="en">{rule.text}</span>
        </p>
      )}
    </div>
  );
}

/** The verdict on the declared use, each finding with the marketplace rule it rests on. */
export function VerdictView({ verdict }: { verdict: Verdict }) {
  return (
    <section
      class={`card verdict verdict-${verdict.level}`}
      aria-labelledby="verdict-title"
      data-verdict={verdict.level}
    >
      <h2 id="verdict-title">
        <span class={`pill level-${verdict.level}`}>
          {t(`verdict_${verdict.level.replace('-', '_')}` as MessageKey)}
        </span>
      </h2>
      <p>{t(`verdictExplain_${verdict.level.replace('-', '_')}` as MessageKey)}</p>
      <ul class="reasons">
        {group(verdict.reasons).map(({ key, reason, kind, parts, evidence }) => {
          // Worded to follow "Part: ", so it starts in lower case.
          const finding = t(`reason_${kind}_${reason.level.replace('-', '_')}` as MessageKey);
          return (
            <li key={key} data-reason={key}>
              <p>
                {parts.length > 0 && <strong>{parts.map(declaredPartName).join(', ')}: </strong>}
                {parts.length > 0 ? finding : sentenceCase(finding)}
              </p>
              {evidence.length > 0 && (
                <p class="client-words">
                  <span class="muted">{t('verdictClientWords')}</span> “{evidence[0]?.quote}”
                </p>
              )}
              <RuleCitation ruleId={reason.ruleId} />
            </li>
          );
        })}
      </ul>
      <p class="muted small">{t('rulesVersion', verdict.rulesVersion)}</p>
    </section>
  );
}
