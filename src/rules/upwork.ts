/**
 * Upwork's rules on generative AI, as data. Dates are only as precise as what is documented: Upwork announced
 * its generative-AI terms in its Trust & Safety update of April 2023; the exact effective date of each document
 * revision, and the Terms of Use minor version, are not recorded here, so they are given as `2023-04` and `7.x`.
 */
import type { MarketplaceRules } from './types.ts';

const LEGAL = 'https://www.upwork.com/legal';

export const UPWORK_RULES: MarketplaceRules = {
  marketplace: 'upwork',
  version: '2023-04.1',
  rules: [
    {
      id: 'upwork-tou-3.2-ai-bolster',
      document: 'Upwork Terms of Use',
      section: '3.2',
      text: "using generative AI or other tools to substantially bolster your job proposals or work product if such use is restricted by your client or violates any third-party's rights",
      wording: 'quote',
      version: '7.x',
      effectiveDate: '2023-04',
      sourceUrl: LEGAL,
    },
    {
      id: 'upwork-osct-2-tools',
      document: 'Upwork Optional Service Contract Terms',
      section: '2',
      text: 'Freelancers may use any tools, generative AI included, to perform the services, unless the client expressly restricts their use.',
      wording: 'summary',
      // As announced by Upwork in April 2023; the document's own version label is not recorded here.
      version: 'April 2023 announcement',
      effectiveDate: '2023-04',
      sourceUrl: LEGAL,
    },
    {
      id: 'upwork-tou-content-definition',
      document: 'Upwork Terms of Use',
      section: 'Definitions: Content',
      text: 'Content a user posts is that user’s Content, including where parts of it were generated with AI tools; the user answers for it.',
      wording: 'summary',
      version: '7.x',
      effectiveDate: '2023-04',
      sourceUrl: LEGAL,
    },
    {
      id: 'upwork-trust-safety-ai-transparency',
      document: 'Upwork Trust & Safety update on generative AI',
      section: 'Transparency',
      text: 'Be transparent with clients about the tools and the process you use, generative AI included.',
      wording: 'summary',
      version: 'April 2023',
      effectiveDate: '2023-04',
      // The announcement's own address is not recorded here; Upwork's legal hub links the documents it amends.
      sourceUrl: LEGAL,
    },
  ],
  cite: {
    restrictedUse: 'upwork-tou-3.2-ai-bolster',
    // The same §3.2 bullet: "or violates any third-party's rights".
    thirdPartyRights: 'upwork-tou-3.2-ai-bolster',
    defaultPermission: 'upwork-osct-2-tools',
    transparency: 'upwork-trust-safety-ai-transparency',
    ownership: 'upwork-tou-content-definition',
  },
  /*
   * What "substantially bolster" means for each declared level (Candor's reading; Upwork gives no table):
   * fixing spelling and grammar leaves the substance yours; research and outlines shape it without writing it,
   * so whether that counts depends on the client's terms; AI drafting rewritten by you, mostly generated text,
   * and machine translation of the deliverable put the tool's words in front of the client.
   */
  substantial: {
    grammar: 'no',
    ideas: 'borderline',
    drafting: 'yes',
    generated: 'yes',
    translation: 'yes',
  },
};
