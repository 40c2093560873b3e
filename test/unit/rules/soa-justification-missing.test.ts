import { testRule } from '../ruleTester';

testRule('soa-justification-missing', {
  valid: [
    { name: 'an exclusion with its justification', change: (d) => { d.soa[0] = { control: '5.1', applicable: false, justification: 'Covered by group policy' }; } },
    { name: 'an applicable control needs none', change: (d) => { d.soa[0] = { control: '5.1', applicable: true }; } },
  ],
  invalid: [
    {
      name: 'an exclusion without justification', change: (d) => { d.soa[0] = { control: '5.1', applicable: false }; },
      errors: [
        { messageId: 'missing', at: 'false', line: 42, data: { control: '5.1' }, message: 'Control 5.1 is excluded without a justification: say why it does not apply.', fix: { title: 'Add a justification', fixed: '    justification: "TODO: why this control does not apply"' } },
      ],
    },
    {
      name: 'a justification of blanks only, in French', change: (d) => { d.soa[1] = { control: '5.2', applicable: false, justification: '   ' }; }, options: { locale: 'fr' },
      errors: [
        { messageId: 'missing', at: 'false', line: 45, data: { control: '5.2' }, message: 'La mesure 5.2 est exclue sans justification\u00a0: expliquez pourquoi elle ne s’applique pas.', fix: { title: 'Ajouter une justification', fixed: '    justification: "TODO\u00a0: pourquoi cette mesure ne s’applique pas"' } },
      ],
    },
    {
      name: 'a justification left at a placeholder is none: marked on the placeholder, with no fix', change: (d) => { d.soa[0] = { control: '5.1', applicable: false, justification: 'N/A' }; },
      errors: [
        { messageId: 'placeholder', at: 'N/A', line: 43, data: { control: '5.1', undecided: true }, message: 'Control 5.1 is excluded, but its justification is still a placeholder: say why it does not apply.' },
      ],
    },
  ],
});
