// The "Subcontractor chain" view: the presentation of guarantees at a glance, one row per actor,
// the host first (certificate, activities, storage countries, remote access, non-European law
// exposure, SecNumCloud; "not answered" where the declaration is silent).
import type { DeclarationCoverageResult, SubcontractorDetail } from '../protocol';
import { stateIcon, textNode, type ViewNode } from './nodes';

export const SUBCONTRACTORS_VIEW = 'hds.subcontractors';

const detailIcons: Record<SubcontractorDetail['kind'], string> = {
  certificate: 'verified',
  activities: 'list-ordered',
  storage: 'database',
  'remote-access': 'remote',
  law: 'law',
  secnumcloud: 'lock',
};

export function subcontractorNodes(declaration: DeclarationCoverageResult, idPrefix: string): ViewNode[] {
  const rows = declaration.host ? [declaration.host, ...declaration.subcontractors] : declaration.subcontractors;
  return rows.map((subcontractor, index) => {
    // Index too: a duplicated id is an error the view must still show twice.
    const id = subcontractor.kind === 'host' ? `${idPrefix}#host` : `${idPrefix}#subcontractor/${subcontractor.id ?? ''}/${index}`;
    return textNode(id, subcontractor, {
      icon: stateIcon(subcontractor.kind === 'host' ? 'home' : 'organization', subcontractor.state),
      contextValue: subcontractor.kind === 'host' ? 'hds.host' : 'hds.subcontractor',
      children: subcontractor.details.map((detail) =>
        textNode(`${id}/${detail.kind}`, detail, {
          icon: stateIcon(detail.kind === 'certificate' && !subcontractor.certificate ? 'unverified' : detailIcons[detail.kind], detail.state),
          contextValue: `hds.subcontractor.${detail.kind}`,
          children: detail.children.map((child, childIndex) => textNode(`${id}/${detail.kind}/${childIndex}`, child, { icon: stateIcon('dash', child.state) })),
        })),
    });
  });
}
