/** The freelancer's AI-use note: pure text composition, run in the popup or the background, never in the page. */
export {
  charactersLeft,
  composeDisclosure,
  DISCLOSURE_LENGTHS,
  DISCLOSURE_MAX,
  type Disclosure,
  type DisclosureInput,
  DisclosureInputError,
  type DisclosureLength,
  type DisclosureOptions,
  type DisclosureWarning,
  shortestFitting,
} from './compose.ts';
export type { Lang } from './list.ts';
export { PLACEHOLDERS, type Placeholder, STRINGS } from './strings.ts';
export { checkTemplate, TEMPLATE_MAX, type TemplateCheck } from './template.ts';
export { COMMON_TOOLS, type KnownTool, type ToolKind } from './tools.ts';
