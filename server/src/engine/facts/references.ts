// Facts about what a declaration refers to, shared by rules: every place it names an activity,
// and the one way to report an id that names nothing ("did you mean …?"), so the seven
// unknown-reference rules phrase it, and give the quick fix its facts, alike.
import { perDeclaration, type ActivityRef, type Declaration, type Ref } from '../declaration';
import { quoted, type MessageArg, type Report } from '../rule';
import type { Part } from '../yamlFile';

/** Every place an activity is named: the scope, the HDS certificate, risks, subcontractors and their certificates. */
export const allActivityRefs = perDeclaration((declaration: Declaration): readonly ActivityRef[] => [
  ...declaration.activities.map((scope) => scope.activity),
  ...(declaration.hdsCertificate?.activities ?? []),
  ...declaration.risks.flatMap((risk) => risk.activities),
  ...declaration.subcontractors.flatMap((subcontractor) => [...subcontractor.activities, ...(subcontractor.certificate?.activities ?? [])]),
  ...declaration.storage.flatMap((site) => site.activities),
  ...declaration.offers.flatMap((offer) => offer.activities),
]);

export interface UnknownReference {
  at: Ref;
  part?: Part;
  /** The message placeholder, and the key in the finding's data, for the id as written (`id`, `code`, `key`…). */
  name: string;
  written: string;
  /** The known id the writer most likely meant: the message offers it and the quick fix writes it. */
  suggestion?: string;
  /** The rule's message ids, when not `suggestion` and `unknown`. */
  messageIds?: { suggestion?: string; unknown?: string };
  /** More placeholders for the message without a suggestion (what is allowed instead). */
  unknownArgs?: Record<string, MessageArg>;
  /** More facts for quick fixes; undefined ones are left out. */
  data?: Record<string, unknown>;
}

/** The report for an id that names nothing: "did you mean …" when a known id is close, plain otherwise. */
export function unknownReferenceReport(reference: UnknownReference): Report {
  const { at, part, name, written, suggestion } = reference;
  const facts = Object.fromEntries(Object.entries(reference.data ?? {}).filter(([, value]) => value !== undefined));
  const place = part ? { at, part } : { at };
  if (suggestion !== undefined) {
    return { messageId: reference.messageIds?.suggestion ?? 'suggestion', ...place, args: { [name]: quoted(written), suggestion: quoted(suggestion) }, data: { [name]: written, ...facts, suggestion } };
  }
  return { messageId: reference.messageIds?.unknown ?? 'unknown', ...place, args: { [name]: quoted(written), ...reference.unknownArgs }, data: { [name]: written, ...facts } };
}
