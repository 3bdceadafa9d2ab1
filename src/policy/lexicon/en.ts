import { BARE_END, type CueLexicon } from './types.ts';

/** Verbs for producing or handing in work with a tool, after a negation: "do not use", "never submit". */
const USE =
  '(?:use|using|used|utili[sz]\\w*|rely|relying|submit\\w*|generat\\w*|writ\\w*|wrote|creat\\w*|produc\\w*|outsourc\\w*|delegat\\w*|draft\\w*|compos\\w*|employ\\w*|leverag\\w*|run|paste|copy|ask|put|upload\\w*|enter|input|feed|share|insert|load|process|translat\\w*|be (?:written|generated|created|produced|made|done|used|translated))';
const NEG =
  "(?:do not|don't|dont|does not|doesn't|never|must not|mustn't|may not|cannot|can't|can not|should not|shouldn't|shall not|will not|won't|not to|avoid|refrain from|stop|not allowed to|not permitted to|nor)";

/** What may follow a bare "tell us": a pronoun, a time, "if you do" (`discloseBare`). */
const BARE_AFTER =
  '(?: (?:about|of) (?:it|that|this|them))?(?: (?:first|beforehand|in advance|upfront|up front|too|as well|please|in (?:your|the) (?:proposal|application|cover letter|bid|reply|submission)))?';
const BARE_WHEN =
  '(?: (?:if|when|whenever|once|after) (?:you|they) (?:do|did|do so|have|use (?:it|them|ai|one|any)|used (?:it|them|ai|one|any)))?';

/** "No need to flag it", "you don't need to tell us": the request is taken back with its object. */
const TAKEN_BACK =
  '(?: (?:flag|tell|mention|disclose|declare|say|label|mark|note|report)\\w*(?: (?:it|that|this|us|me|them|so))?)?';

export const en: CueLexicon = {
  stopwords: [
    'the',
    'and',
    'you',
    'with',
    'for',
    'is',
    'are',
    'this',
    'that',
    'we',
    'to',
    'of',
    'your',
    'will',
    'be',
    'our',
    'have',
    'not',
    'or',
    'in',
  ],
  aiTerms: [],
  banLeadIns: [
    '(?:no|zero|without|not|never|nor|non|avoid|avoiding)(?: (?:use|using|usage|of|the|any|generative|gen|help|from|tools?|assistance|more|automatic|automated|machine|\'|"|-))*',
    'free of(?: any)?',
  ],
  // "If you use AI, do not apply", "don't bother applying", "this job is not for you", "you're not a good fit".
  turnAway: [
    "(?:do not|don't|dont|please don't|please do not|no need to|not) (?:even )?(?:bother )?(?:apply|applying|to apply|submit a proposal)",
    "(?:don't|do not) (?:even )?bother",
    "not(?<=\\b(?:is|are|job|project|role|gig|you're|you are) not) (?:for you|a (?:good )?fit)",
    "fit(?<=\\b(?:isn't|is not|aren't|are not|won't be|wouldn't be) (?:the |a )?(?:right |good )?fit)",
  ],
  prohibit: [
    // Led by "no", in one source so that a "no" is tried once: "has no place in ChatGPT", "at no point/stage",
    // "no running the text through ChatGPT", "no part of them may be pasted into it".
    'no (?:(?:place|business)(?<=\\b(?:has|have) no \\w+)|(?:point|stage|step|time)(?<=\\b(?:at|in) no \\w+)|running|putting|pasting|feeding|uploading|copying|passing|sending|dumping|(?:part|excerpt|portion|snippet|passage)s? (?:of (?:\\S+ ){1,3}?)?(?:may|can|must|should|shall|is to|will) (?:ever )?(?:be|go|end up))',
    // "Pasted ChatGPT essays, and I'm done with that".
    "(?:done|finished|fed up)(?<=\\b(?:i'm|i am|we're|we are) (?:so )?(?:done|finished|fed up)) with (?:that|this|it|those|them)",
    // "Please don't send me a ChatGPT cover letter".
    "(?:don't|do not|never|please don't) (?:send|submit|hand in|deliver|give)(?: me| us)?(?: a| an| any| your)?",
    // "Must never be pasted into ChatGPT", "never go into those tools".
    "(?:must|may|should|can)(?: not| never|n't)(?: \\w+)? be (?:uploaded|shared|pasted|entered|fed|put|copied|sent|given|submitted|input|loaded|run)",
    'never (?:go|goes|gets|get|end up|ends up) (?:in|into)',
    // "Using ChatGPT to draft answers means the end of the contract".
    '(?:means|mean|will mean) (?:the end of|termination|immediate termination|an? (?:instant |immediate )?(?:rejection|ban|termination))',
    // "I'm skipping it", "we're ignoring those".
    "(?:i'm|i am|we're|we are) (?:\\w+ )?(?:skipping|ignoring|rejecting|declining|deleting|binning|passing on|not reading)",
    "(?:not|won't|will not|don't|do not|never) (?:be )?(?:hire|hiring|work with|working with) (?:anyone|anybody|someone|people|freelancers|writers|developers|designers)",
    'ineligible',
    'deal[- ]?breakers?',
    // Led by its rare word: a source led by "a", "is", "no" is tried at every such word of every sentence.
    'red flag',
    '(?:taboo|off[- ]limits|out of the question)',
    // "will get you fired", "skip this job", "will lead to the end of the contract".
    '(?:get|gets|got) you (?:fired|banned|removed|kicked|terminated|blocked|disqualified)',
    'skip (?:this|the) (?:job|post|posting|project|one|gig)',
    '(?:lead|leads) to (?:\\S+ ){0,3}?(?:rejection|termination|removal|disqualification|cancellation|end of)',
    // "AI content means no payment", "will not be paid".
    'no (?:payment|pay)',
    "(?:will not|won't|not|never) (?:be )?(?:paid|pay|paying)(?! attention)",
    `${NEG}(?! (?:mind|care|matter)) (?:[\\w'-]+ ){0,3}?${USE}`,
    'not (?:be )?(?:written|generated|created|produced|made|done|translated) (?:by|with|using|through)',
    'prohibit\\w*',
    'forbid\\w*',
    'banned',
    'ban on',
    'not (?:be )?(?:allowed|permitted|accepted|acceptable|tolerated|considered|welcome|read|opened|reviewed|eligible)',
    "(?:won't|can't|wouldn't) be (?:allowed|accepted|considered|read|reviewed)",
    'unacceptable',
    'not (?:ok|okay|fine)',
    '(?:will|shall|would) be (?:\\w+ )?(?:rejected|declined|refused|disqualified|removed|closed|penali[sz]ed|terminated|banned|reported|ignored|flagged|deleted|archived|skipped|blocked|cancell?ed|discarded|trashed)',
    '(?:are|is|get|gets|be) (?:\\w+ )?(?:rejected|closed|disqualified|declined|refused|ignored|deleted|archived|discarded|trashed|binned)',
    "(?:we|i|we'll|i'll) (?:will )?(?:\\w+ ){0,3}?(?:reject|decline|refuse|ban|disqualify|archive|ignore|skip|delete|report|flag)",
    // Implied: "I will know if you used ChatGPT", "I'll know when", "we can tell right away", "I'll pass".
    '(?:will|ll) (?:know|notice|find out) (?:if|when|whether)',
    '(?:will|ll) pass(?= ?[.!,;]|$)',
    'can (?:always |easily |instantly )?(?:tell|spot|detect)(?= ?[.!,;]|$| right away| instantly| immediately)',
    "(?:(?:do|does|will|would|shall|can) not|cannot|don't|doesn't|won't|wouldn't|can't) (?:\\w+ )?(?:accept|allow|permit|tolerate|want|consider|review|read|open|answer|respond to|look at)",
    'zero[- ]tolerance',
    // "Keep it out of ChatGPT".
    'keep (?:it|them|this|that|everything|anything|(?:our|the|your|any) \\S+) (?:out of|away from)',
    // "Not looking for AI fluff".
    'not (?:looking for|seeking)',
    '(?:not|never|no longer) interested in',
    // Elliptical: "AI for the final text is not.", "AI-written articles are not."
    '(?:is|are) not(?=[.!)]|\\s*$)',
    "(?:isn't|aren't)(?=[.!)]|\\s*$)",
    '(?:go|goes|will go|end up|ends up) (?:straight |directly |right )?(?:in|into|to) (?:the )?(?:trash|bin|garbage|rubbish|spam|archive|reject pile|no pile)',
    'strictly no',
    'no-go',
    'grounds for',
    'result in (?:\\S+ ){0,4}?(?:rejection|ban|termination|suspension|removal|disqualification|restrict\\w*)',
    'disqualif\\w*',
    'automatically reject\\w*',
    '(?:get|gets|receive|receives|will get|will receive) no (?:reply|response|answer)',
    '(?:instant|instantly|immediate|immediately|automatic|auto) (?:decline\\w*|reject\\w*|ban\\w*|disqualif\\w*|rejection)',
    'no (?:\\S+ ){0,5}?(?:allowed|permitted|accepted|tolerated)',
    // "We get hundreds of AI proposals and delete them all".
    '(?:delet|trash|bin|archiv|ignor|reject|declin|discard)\\w* (?:them|those|these)(?: all)?',
    // "No generative AI tools may be used at any stage": the subject's "no" bans.
    'used(?<=\\bno (?:\\S+ ){0,5}?be used)',
  ],
  permit: [
    // "AI is cool w/ me".
    'cool (?:with|w/|by) (?:me|us)',
    'cool(?<=\\b(?:is|are) (?:totally |totes )?cool)',
    // An answer that ends on its verdict: "For organizing your notes, fine."
    'fine(?<=, fine)(?= ?[.!]|$)',
    'go ahead',
    '(?:we|i) (?:only|just) care about',
    'all (?:we|i) care about',
    '(?:you|freelancers?|writers?|authors?|contributors?|they|applicants?|designers?|developers?|translators?) (?:may|can|could|are (?:welcome|free|allowed|permitted) to)',
    'feel free',
    'free to use',
    '(?:may|can) be used',
    // "It's fine", "is totally OK": matched from the rare word back ("allowed", "welcome" count alone, below).
    "fine(?<=\\b(?:is|are|'s|it's|that's|that is|are all) (?:\\w+ )?fine)",
    "ok(?<=\\b(?:is|are|'s|it's|that's|that is|are all) (?:\\w+ )?ok)(?:ay)?",
    "accept(?:able|ed)(?<=\\b(?:is|are|'s|it's|that's|that is|are all) (?:\\w+ )?accept(?:able|ed))",
    '(?:no|not a) problem',
    'not an issue',
    '(?:we|i) (?:\\w+ )?(?:allow|permit|accept|welcome|support|embrace)',
    "(?:don't|do not) (?:mind|care)",
    "(?:doesn't|does not) matter",
    // "AI tools: fine."
    '(?:fine|ok|okay|yes)(?<=: (?:fine|ok|okay|yes))(?=[ ]*(?:[.!,;]|$))',
    // "Whatever makes you faster: fine for the code", "no issue at all", "happy for you to use ChatGPT".
    '(?:fine|ok|okay) (?:for|with) (?:the|your|our)',
    'no issues?(?! with)',
    '(?:happy|glad) (?:for|if) you(?: to)?',
    "(?:we're|we are|i'm|i am) (?:\\w+ )?(?:fine|ok|okay|happy|comfortable|good) with",
    'nothing against',
    // "If you like, use ChatGPT for outlines" (not "If you want to use AI, don't apply").
    'if you (?:want|like|wish|prefer)(?: to)?(?= ?[,.;]|$)',
    'no restrictions? on (?:\\S+ )?(?:tools?|ai|what you use)',
    "(?:not|i'm not|we're not|i am not|we are not) against",
    // "Use whatever tools you like, AI included".
    '(?:ai|chatgpt|a\\.i\\.) included',
    'welcome',
    'allowed',
    'permitted',
    '(?:ai|chatgpt|gpt)[- ]friendly',
    '(?:whatever|any) (?:\\S+ )?tools? (?:you )?(?:like|want|prefer|need)',
    // "Lean on ChatGPT as much as you want".
    'as (?:much|often) as you (?:want|like|need|wish|prefer)',
    // "Use Copilot or whatever you like", "use whatever AI stuff speeds you up", "all fine with us", "go for it".
    'whatever(?<=\\bor whatever)(?: \\S+)? (?:you|u) (?:like|want|prefer|need|choose)',
    'whatever(?<=\\b(?:use|try) whatever)',
    '(?:fine|ok|okay) (?:with|by) (?:us|me)',
    'go for it',
    "judge(?<=\\b(?:won't|will not|wouldn't) judge)",
    '(?:may|can|could) (?:fix|help|assist|support|check|correct|polish|improve|edit|translate|research|be utili[sz]ed)',
  ],
  encourage: [
    // A workflow the client sets out: "The workflow we want: run everything through DeepL, then edit".
    '(?:workflow|process)(?<=\\b(?:the|our) (?:workflow|process)) (?:we (?:want|expect|use|follow)|is as follows)',
    'how we (?:want|need|expect) you to work',
    // "We want this done with AI image tools".
    '(?:want|need|would like|prefer) (?:it|this|them|these|everything) (?:done|made|created|produced|generated|edited|built) (?:with|using|through)',
    // "AI tools are at the heart of this role", from the rare word back.
    '(?:heart|core) of (?:the|this|our) (?:job|role|work|project|workflow|process)',
    // "We'll train you on our ChatGPT workflow".
    '(?:train|onboard) you (?:on|in)',
    // A team habit the newcomer shares: "whoever joins will be expected to work the same way", "you will too".
    '(?:expected|required) to (?:work|do (?:it|things)) (?:the same way|likewise|like us)',
    '(?:expected|required|asked) to do (?:the same|likewise|so too)',
    'you will too',
    // "Our team ships with AI assistants every day and we expect the same from you", "daily use of Cursor".
    '(?:expect|require|want|ask) the same (?:from|of) (?:you|everyone|freelancers)',
    '(?:daily|regular|heavy|constant|everyday) use of',
    '(?:expect|expects|require|requires|ask|want|need) (?:you|everyone|everybody|all (?:\\S+ )?|each \\S+|our \\S+|freelancers|applicants|candidates|writers|developers|designers)(?: (?:on|in) (?:the|our|my) team)? to (?:use|leverage|lean (?:\\w+ )?on|rely (?:\\w+ )?on|work with|be fluent)',
    '(?:heavy|power|daily|avid|seasoned) (?:\\S+ ){0,2}?users?',
    "(?:that's|that is) (?:exactly )?(?:who|what) (?:we|i) (?:want|need|are looking for|am looking for)",
    "(?:must|should|will|need to|needs to|expected to|required to|have to|has to|you'll) (?:\\w+ ){0,3}?(?:use|using|utili[sz]e|utili[sz]ing|leverag\\w*|run|running|work with|working with|be (?:fluent|proficient|comfortable|experienced|familiar|skilled|savvy))",
    '(?:experience|experienced|proficien\\w*|fluen\\w*|expertise|familiar\\w*|skilled|comfortable|savvy|hands-on|mastery|demonstrable|knowledge) (?:\\w+ ){0,2}?(?:with|in|using|of)',
    '(?:demonstrable|proven|strong|solid|hands-on) (?:\\S+ ){0,3}?experience',
    '(?:great|good|skilled|strong|fluent|proficient|expert|comfortable|adept|effective|fast) (?:at|in|with)(?: \\S+)?(?: with| using)?',
    '(?:you|who) (?:drive|drives|orchestrate|orchestrates|wield|wields|master|masters)',
    'required',
    'requirement',
    'a must',
    'mandatory',
    'must[- ]have',
    'preferred',
    'a plus',
    'we encourage',
    'encouraged',
    'encourage you',
    'recommend (?:using|that you use|you use)',
    '(?:i|we) (?:want|expect|need|would like|prefer|ask) (?:\\S+ ){1,2}?(?:to|who) (?:use|uses|run|leverage|leverages|work with|works with|is fluent|knows|be fluent)',
    '(?:must|should|need to|needs to|have to|has to) (?:know|understand|master)(?: how to)?(?: use| work with)?',
    '(?:ideal|perfect|right|successful|strong) (?:candidate|freelancer|applicant|writer|developer|designer|fit|person) (?:\\S+ ){0,2}?(?:uses|leverages|knows|is fluent|is comfortable|works with|embraces)',
    'bonus(?: points)?',
    // "Cursor is standard here", "Copilot is the norm on our team".
    '(?:standard|norm|default)(?<=\\b(?:is|are) (?:the )?(?:standard|norm|default)) (?:here|for us|on (?:our|the) team|in our team|at our)',
    // The job's own steps done with a tool: "you'll generate first drafts with Claude", "please draft them with
    // ChatGPT", "the plan is to generate the base tracks in Suno".
    // Matched from the verb back (see the README): a source led by "you" or "please" is tried at every such word.
    "(?:generate|draft|render|animate|narrate|transcribe)(?![a-z])(?<=(?:you'll|you will|you'd|you would|going to|please|need to|you must|have to|want you to|need you to|like you to|is to) (?:\\S+ ){0,2}?(?:generate|draft|render|animate|narrate|transcribe))(?: \\S+){0,5}? (?:with|in|using|via|through)",
    // "Expect every dev on the team to use Copilot": one source, not one per verb of expecting.
    'every (?:dev|developer|engineer|writer|designer|freelancer|contractor|team member)s?(?: on (?:the|our) team)? to (?:use|leverage|work with)',
    'nice[- ]to[- ]have',
    '(?:big|huge|definite|major) plus',
    "(?:i'm|i am|we're|we are) looking to use",
    '^(?:please )?(?:use|leverage|utili[sz]e)(?! of)',
    'please (?:use|leverage|utili[sz]e|make use of)',
    '(?:as|is) (?:your|their|the|a) primary',
    'generating',
    'ai[- ]native',
    '(?:with|using) (?:\\S+ ){0,3}?to (?:help )?(?:write|draft|generate|create|produce)',
  ],
  limited: [
    // "We recommend AI for use cases like research": a limit even of a requirement.
    '(?:for|with) (?:use cases|tasks|things) like',
    // "We're not against AI, within limits."
    'limits(?<=\\bwithin (?:certain |some |reasonable |clear )?limits)',
    'only (?:for|to|as|when|if|with|after|in|on|be used|through|via|within|inside|using)',
    // From the rare word back (see the README): "for research only".
    'only(?<=\\b(?:for|to) (?:\\S+ ){0,4}?only)',
    'solely (?:for|to|as)',
    'exclusively',
    'limited',
    'as long as',
    'so long as',
    'provided(?: that)?',
    'on (?:the )?condition',
    'subject to',
    'unless',
    'but not(?! sure| yet| only| just| necessarily| required| needed| mandatory)',
    'but never',
    "but (?:it |they |ai )?(?:cannot|can't|must not|may not|should not|shouldn't)",
    'except',
    'exception',
    '(?:assisted|assistive|assistance) (?:\\S+ ){0,3}?(?:ok|okay|fine|allowed|permitted)',
    "(?:cannot|can't|not) (?:do the writing|replace)",
    '(?:final|actual) (?:text|version|draft|article|work|deliverable|content|copy|answer|script|piece|code|translation)s? (?:must|should|has to|have to|needs to|will) be',
    '(?:final|actual) (?:\\S+ )?(?:is|are) (?:\\S+ )?(?:yours|your own)',
    'make sure (?:\\S+ ){0,5}?(?:yours|your own|written by you)',
    'light (?:grammar|edit\\w*|clean\\w*|ai|use|usage)',
    '(?:allowed|permitted|acceptable|approved) (?:\\S+ ){0,2}?(?:uses?|usage|use cases)',
  ],
  ownWork: [
    'your own (?:words|voice|work|writing|ideas|thinking|reasoning)',
    '(?:must|has to|have to|should|needs to|will) be (?:yours|your own|written by you)',
    '(?:must|should|has to|have to|needs to|need to|will) (?:\\S+ )?come from you(?:rself)?',
  ],
  tasks: [
    '(?:for|with) (?:research\\w*|grammar|spelling|brainstorm\\w*|ideas|ideation|outlin\\w*|proofread\\w*|inspiration|drafting|first drafts|translation assistance|learning|exploring|organi[sz]\\w*|summari[sz]\\w*)',
    '(?:brainstorm\\w*|research\\w*|outlin\\w*|proofread\\w*|spell-?check\\w*) with',
  ],
  approval: [
    '(?:with|without|after|need|needs|require\\w*|ask for|get|obtain|seek) (?:\\S+ ){0,3}?(?:approval|permission|consent|sign-off|authori[sz]ation)',
    '(?:approved|authori[sz]ed|cleared|agreed) (?:\\S+ ){0,2}?(?:by|with|in advance|beforehand|first)',
    'check with (?:me|us|the client) first',
    'clear (?:it|this|that) with (?:me|us)',
    'ask (?:me|us) first',
    '(?:ask|check with|talk to|consult) (?:me|us|the client|the team) (?:before|prior to)',
    'explicitly (?:directed|instructed|asked)',
  ],
  review: [
    'responsible for (?:\\S+ )?(?:fact-?check\\w*|check\\w*|review\\w*|verif\\w*|edit\\w*|accuracy)',
    '(?:human|manual\\w*) (?:review\\w*|check\\w*|edit\\w*|oversight|verification)',
    '(?:must|should|has to|have to|needs to) be (?:\\S+ )?(?:reviewed|verified|checked|edited|fact-checked|proofread)',
    '(?:reviewed|verified|checked|edited|fact-checked) by (?:you|a human|hand)',
    '(?:a human|someone|you|a person|a native speaker|an editor) (?:must|should|has to|needs to|will|can) (?:\\S+ ){0,2}?(?:review|check|edit|verify|proofread)',
    '(?:a human|a native speaker|a person|an editor|someone) (?:reviews|checks|edits|verifies|proofreads)',
    'unreviewed',
    'unchecked',
    'unedited',
    'unverified',
    'raw (?:ai )?output',
  ],
  disclose: [
    'disclos\\w*',
    'declar\\w*',
    'transparen\\w*',
    'self-identif\\w*',
    '(?:label|flag|mark|tag|highlight) (?:\\S+ ){0,4}?(?:as ai|as generated|ai[- ]generated|ai[- ]assisted|(?:was|were|is|are) (?:\\S+ )?generated)',
    'be (?:upfront|open|honest) about',
    'co-authored-by',
    '(?:say|said|state|mention|note) (?:so|it)',
    '(?:flag|label|mark|tag|call out) (?:it|this|them|those parts)(?! (?:as|up) (?:done|complete|finished|resolved|read))',
    '(?:state|mention|indicate|specify) (?:\\S+ ){0,3}?(?:whether|if|which|what|how)',
  ],
  discloseWeak: [
    '(?:let (?:me|us) know|tell (?:me|us)|inform (?:me|us)|mention|state|indicate|specify|note (?:it|which|how|briefly|down)|list|include a note|explain how|describe how) (?:\\S+ ){0,8}?(?:use|used|using|usage|(?:ai-)?assisted|(?:ai-)?aided|(?:ai-)?generated|helped)',
    '(?:did|do|have|will) you (?:\\S+ )?(?:use|used)',
    // "Please note in the report which sections used AI".
    '(?:note|state|indicate|mark|flag|list)(?: \\S+){0,4}? (?:which|what|where) (?:\\S+ ){0,3}?(?:used|use|were (?:written|made|generated) with|were ai[- ](?:generated|written|assisted))',
    // "You must tell us which ones and for which SKUs".
    '(?:tell|show|let) (?:me|us)(?: know)? which (?:one|ones|tools?|models?|images|sketches|drafts|files|pages|designs|texts|articles)',
    '(?:note|state|indicate|mark|flag|list)(?: \\S+){0,4}? (?:which|what) (?:\\S+ ){0,3}?(?:found|made|written|generated|created) (?:through|with|using) (?:those|these|the|such|ai) tools',
    // "Flag where you used it".
    '(?:flag|mark|note|show|highlight|indicate|tell (?:me|us)|let (?:me|us) know|lmk) where (?:you |u )?(?:used|use)',
    // "That's ok, but tell us where."
    '(?:tell|show) (?:me|us) where(?=[ ]*(?:[.!]|$))',
    '(?:tell|show) (?:me|us) which (?:parts|sections|passages|pieces|lines)',
    // "Just tell me when you did and which tool".
    '(?:let (?:me|us) know|tell (?:me|us)) (?:when|if|whether) you (?:did|do|have|used)(?: it| so)? and (?:which|what) (?:ai )?(?:tools?|model)',
    '(?:which|what) (?:\\S+ ){0,4}?(?:do|did|have) you (?:\\S+ )?(?:use|used)',
    // "Add a line saying which tool and for which question".
    '(?:add|include|put) (?:a |one )?(?:line|note|sentence|comment) (?:\\S+ ){0,5}?(?:saying|stating|noting|explaining) (?:which|what|whether|how|where)',
    // "…, saying which tools you used and for what."
    '(?:saying|stating|noting|specifying) (?:which|what|whether|where|if) (?:\\S+ ){0,3}?(?:you )?(?:used|use|relied on)',
  ],
  discloseBare: [
    `(?:tell|inform|notify|warn|ping) (?:me|us|the client|the team)${BARE_AFTER}${BARE_WHEN}${BARE_END}`,
    `let (?:me|us|the client|the team) know${BARE_AFTER}${BARE_WHEN}${BARE_END}`,
    `keep (?:me|us) (?:informed|posted|in the loop)${BARE_WHEN}${BARE_END}`,
    // "Do you plan to use AI tools? If so, which ones and at what stage?"
    'if so,? (?:which|what|how|where|for what)',
  ],
  confidential: [
    'confidential\\w*',
    'sensitive',
    'proprietary',
    '(?:private|personal) (?:data|information)',
    "(?:client|customer|candidate|patient|user|employee|staff|student|member|payroll|medical|health|financial)s?'? (?:data|information|material|materials|files|details|content|documents|records|audio|recordings|emails|messages|conversations|contracts|names|lists?|database|exports?)",
    "(?:our|my|the client's|company|project|client) (?:\\w+ ){0,2}?(?:files|data|documents|materials|information|details|code|codebase|assets|recordings|transcripts|manuscripts|drafts|roadmaps?|financials|strategy|plans|contracts|agreements|redlines)",
    'project (?:details|files|data|information|materials)',
    // Documents no one's in particular, handed over under a ban: "may any transcript be uploaded to ChatGPT",
    // "transcripts and case files must never be uploaded".
    "(?:client|customer|patient|tenant|employee|user)s?'? (?:\\w+ ){1,2}?(?:returns|statements|names|records|data|files|details|information|documents)",
    "(?:transcripts?|recordings?|manuscripts?|case files|records|documents|files|data)(?: \\S+){0,3}? (?:must|may|should|can|cannot|can't|are|is)(?: not| never|n't)?(?: \\w+)? be (?:uploaded|shared|pasted|entered|fed|put|copied|sent|given|submitted|input|loaded)",
    '(?:any|no|none of the|these|those) (?:\\w+ )?(?:transcripts?|recordings?|manuscripts?|contracts?|case files?|documents?|records?)',
    // "Don't upload the files into any AI service", from the noun back.
    'files(?<=\\b(?:the|all|any|these|those) (?:\\w+ )?files)',
    'trade secrets?',
    // "Nothing uploaded to ChatGPT": whatever the material, it stays out.
    'nothing (?:\\S+ )?(?:uploaded|pasted|fed|shared|entered|copied|sent) (?:in)?to',
    'unreleased',
    'internal (?:data|documents|information)',
    'nda',
  ],
  materialReference: [
    // "Our files are confidential. No part of them may go into ChatGPT."
    '(?:part|excerpt|portion|snippet|passage)s?(?<=\\b(?:no|not a single|not one) \\w+)(?= (?:of|may|can|must|should|is|goes|will)\\b| ?[.,;:]|$)',
    '(?:paste|upload|share|put|enter|feed|input|copy|send|give|load) (?:anything|nothing)',
    '(?:past\\w*|upload\\w*|shar\\w*|put\\w*|enter\\w*|feed\\w*|input\\w*|cop(?:y|ying)|send\\w*|giv\\w*|load\\w*|insert\\w*|typ\\w*|expos\\w*|run\\w*|process\\w*|submit\\w*|forward\\w*|provid\\w*|transfer\\w*|drop\\w*|plug\\w*) (?:any of |all of |either of |any |all )?(?:them|it|these|those|this|that)',
    '(?:this|these|those|that|such|any such) (?:information|material|materials|data|details|documents|files|assets|recordings|transcripts)',
    '^(?:they|these|those|it|this|none of (?:them|it|this)) (?:\\S+ ){0,3}?be (?:pasted|uploaded|shared|entered|fed|put|copied|processed|run|sent|given|submitted|input|loaded|exposed|inserted|typed)',
  ],
  backReference: [
    // "We won't accept that again".
    '(?:that|this|it|them) again',
    'it',
    'them',
    "(?:that|this)(?= ?(?:[.,;:!?)]|$)| (?:is|isn't|will|won't|would|means|counts|gets|goes|does|doesn't|can't|cannot|may|shall)\\b)",
    "(?:that|this|it)'s",
    '(?:those|these|such)(?! (?:who|that|which|with|without|of|in|on|at|from|for)\\b)',
  ],
  humanAuthorship: [
    '(?:must|should|has to|have to|needs? to|will|is to) be (?:\\w+ )?(?:written|done|created|produced|made|composed|authored|translated|drawn|painted|illustrated|designed|recorded|voiced|edited) (?:by (?:you|yourself|a human|hand|humans|the freelancer|the writer|a real person)|yourself|manually|from scratch)',
    '(?:write|do|create|draft|compose) (?:\\S+ ){0,4}?yourself',
    'in your own words',
    'human[- ](?:written|made|created|authored)',
    'human(?<=100 ?% human)',
    '(?:written|done|made|created|drawn|painted|translated|typed) by hand',
    'by hand only',
    'done by a human',
    'manually',
  ],
  notRequired: ["(?:not|n't) (?:required|needed|necessary|mandatory|a must|a requirement)"],
  neutral: [
    // "As long as it's correct and tested": the usual bar for any work, no limit on the tools.
    "long as(?<=\\b(?:as|so) long as) (?:it|it's|the \\w+|everything|the result|the work|the code|the output)(?: is| are| gets| works)? (?:\\w+ )?(?:correct|tested|accurate|good|working|works|right|clean|solid)",
    // "It won't disqualify you", "not a dealbreaker": a consequence denied is no ban.
    "(?:won't|will not|doesn't|does not|wouldn't|would not) (?:disqualify|count against|rule you out|get you rejected)",
    "(?:not|isn't) a deal-?breaker",
    // "No AI, not even for research", "not even 'just for polishing'": the limit is denied, the ban stands.
    'not even (?:["\'] ?)?(?:(?:just|only) )?(?:for|to|as|when|with|in)',
    `(?:no|don't|do not|doesn't|does not) need(?: to)?${TAKEN_BACK}`,
    `no need to${TAKEN_BACK}`,
    'not (?:just|only) (?:\\S+ ){0,3}?(?:who|that)',
    "(?:don't|do not|doesn't|does not) (?:have|need) to (?:disclose|mention|tell|declare)",
    'not required to disclose',
    'without disclosing',
    'not a gate',
    // "I have to be upfront about…": the client speaking openly, not a request (matched from the rare word back).
    'upfront(?<=\\b(?:i|we) (?:\\S+ ){0,2}?be upfront)',
    // "Full disclosure, I wrote this post with ChatGPT": an idiom, not a request.
    'full disclosure',
    // "We don't expect you to use AI": not required, and not forbidden either.
    "(?:don't|do not|doesn't|does not|won't|will not) (?:expect|require|ask|force) (?:you|anyone|freelancers|applicants) to",
    // "Do not apply if you don't meet these", "If you aren't fluent with AI tools, don't apply": a requirement, no ban.
    "(?:don't|do not|please don't|please do not) (?:even )?(?:bother )?(?:apply|applying)(?: (?:if you (?:don't|do not|can't|cannot|aren't|are not|haven't|have not|lack|are unable)|unless))",
    "if you (?:don't|do not|can't|cannot|aren't|are not|haven't|have not|lack|are unable to|have no) (?:\\S+ ){0,8}?(?:don't|do not|please don't|please do not|no need to) (?:even )?(?:bother )?(?:apply|applying)",
  ],
  attestation: [
    // Negated reports only: "if AI was used, say so" is a rule.
    // Matched from the participle back: "was", "no" lead too many sentences.
    "(?:used|utili[sz]ed)(?<=\\b(?:was|were|has|have|had)(?: not|n't)(?: been)? (?:\\S+ )?(?:used|utili[sz]ed))",
    "involved(?<=\\b(?:was|were|has|have|had)(?: not|n't)(?: been)? (?:\\S+ )?involved)",
    '(?:used|utili[sz]ed)(?<=\\bno (?:\\S+ ){0,6}?(?:was|were|has been|have been) (?:\\S+ )?(?:used|utili[sz]ed))',
    'involved(?<=\\bno (?:\\S+ ){0,6}?(?:was|were|has been|have been) (?:\\S+ )?involved)',
    "(?:did not|didn't) (?:\\S+ )?(?:use|write|generate|create|help)",
    '(?:i|we) (?:\\S+ )?(?:wrote|used|created|generated|drafted|relied)',
    "(?:i|we) (?:have|haven't|have not|did not|didn't) (?:\\S+ )?(?:used|written|use|write|rely)",
  ],
  otherActor: [
    // What others do is no rule: "Many freelancers use ChatGPT for proposals."
    '^(?:many|most|some|a lot of|lots of|plenty of) (?:\\S+ )?(?:use|uses|rely|send|submit)',
    // The client's own people: "Our founder uses ChatGPT for first drafts".
    '^(?:the |our |my )(?:founders?|ceo|owners?|team|staff|managers?|company|editors?|marketing team|in-house \\S+)(?: \\S+)? (?:uses|used|drafts|drafted|writes|wrote|generates|generated|creates|created|produces|produced|relies)',
    '^(?:the |our |all |any )?(?:clients?|buyers?|customers?|commissioners?|employers?|users?)(?: who| that| are| is| may| must| should| will| can)',
    // "More and more our clients arrive with Midjourney images": what the client's own customers do.
    '^(?:more and more |increasingly |often |sometimes )?(?:our|my) (?:clients|customers|users|students|readers) (?:\\S+ )?(?:arrive|come|show up|bring|send|use|ask)',
  ],
  productBefore: [
    'custom',
    // The AI is what the job works on: "rating LLM outputs", "annotating AI images".
    '(?:rating|grading|evaluating|scoring|labell?ing|annotating|red-teaming)',
    'conversational',
    'voice',
    'agentic',
    'about',
    'regarding',
    'our',
    'my',
    '(?:rise|era|age|world|field|future|impact|wave|power) of',
    '(?:advances|trends|developments|interest) in',
  ],
  contrastBefore: [
    'not (?:just|only|simply|merely)(?: \\S+){0,5}?',
    'more than(?: \\S+){0,3}?',
    'beyond(?: \\S+){0,3}?',
  ],
  skillBefore: [],
  productAfter: [],
  roles: [
    '(?:ai|a\\.i\\.|gen ?ai|generative ai)(?:[- ](?:based|powered|generated|assisted))? (?:content |video |image |art |music |ugc |film )?(?:creators?|filmmakers?|artists?|illustrators?|directors?|producers?|animators?)',
    // Matched from "AI-generated" back: a source led by "^" or "to" is tried at every word.
    "ai[- ]generated(?<=(?:^|\\byou will |\\byou'll |\\bto )(?:create|generate|produce|make) (?:\\S+ ){0,2}?ai[- ]generated)",
  ],
  parts: {
    proposal: [
      'proposals?',
      'cover letters?',
      'applications? (?:for|to) (?:this|the) (?:job|role|position|project)',
      'your application',
      'apply',
      'applying',
      'bids?',
      'screening (?:questions?|answers?)',
      'your answers?',
      '(?:answers|questions)(?<=\\bthese (?:answers|questions))',
      'answer(?:ing)? (?:these|the|our|my) (?:following |screening )?questions',
      // "Pasted ChatGPT answers get declined": screening answers.
      // Matched from the rare word back: a source led by "ai" is tried at every AI term.
      'answers(?<=\\b(?:pasted|copied|canned|ai|chatgpt|gpt)[- ](?:generated )?answers)',
      'questionnaire',
      'pitch\\w*',
      'screening',
      'answers? to (?:the|our|these|my) (?:screening )?questions',
      'to apply',
    ],
    work: [
      'work',
      'deliverables?',
      'content',
      'articles?',
      'code',
      'coding',
      'writing',
      'texts?',
      'copy',
      'designs?',
      'images?',
      'videos?',
      'translations?',
      'submissions?',
      'drafts?',
      'essays?',
      'blog posts?',
      'scripts?',
      'artwork',
      'illustrations?',
      'transcripts?',
      'reports?',
      'documentation',
      'output',
      'pull requests?',
      'prs?',
      'contributions?',
      'pieces?',
      'justifications?',
      'descriptions?',
      'captions?',
      'listings?',
      'logos?',
      'graphics',
      'visuals?',
      'voice(?:-?overs?)?',
      'audio',
      'recordings?',
      'data entry',
      'entries',
      'spreadsheets?',
      'formulas?',
      'grants?',
      'the build',
      'subtitles?',
      'newsletters?',
      'copywriting',
      'slides?',
      'podcasts?',
      'social (?:media )?posts?',
    ],
    // The freelancer's own messages to the client: not "without a reply" (the client's), not "API calls", not
    // "interview transcripts" (material).
    communication: [
      'messages?',
      'messaging',
      'chats?',
      'communications?',
      '(?<!api |function |tool )calls?',
      'emails?',
      'conversations?',
      '(?:your|when you|as you|before you|if you|you) repl(?:y|ies)',
      'repl(?:y|ies|ying) to (?:us|me|our|my|the client|the team|messages|questions|every \\w+|each \\w+|all \\w+)',
      'interviews?(?! (?:transcripts?|notes|recordings?))',
      'messag\\w*',
      'slack',
      'standups?',
      'meetings?',
      'whatsapp',
      'zoom',
      'teams calls?',
      'discord',
      'text (?:me|us)',
      'talk to (?:you|us|me)',
    ],
  },
};
