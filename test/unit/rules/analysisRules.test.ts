// Risk analysis (EXI-05), Statement of Applicability and contract clauses (EXI-17..EXI-27).
import { testRule } from '../ruleTester';

testRule('risk-event-uncovered', {
  valid: [{ name: 'all 13 events covered' }, { name: 'events covered through scenarios lists', change: (d) => { d.risks[1].scenarios = ['B.a', 'B.b']; d.risks[2].scenario = 'A'; } }],
  invalid: [
    { name: 'event B.b uncovered', change: (d) => { d.risks[2].scenario = 'A'; }, message: 'No risk covers EXI-05 event B.b', at: 'risks', data: { event: 'B.b' } },
    { name: 'an empty risk analysis: one finding per event', change: (d) => { d.risks = []; }, count: 13 },
  ],
});

testRule('soa-control-missing', {
  valid: [{ name: 'all 93 controls listed' }],
  invalid: [
    { name: 'control 8.24 missing', change: (d) => { d.soa = d.soa.filter((entry: { control: string }) => entry.control !== '8.24'); }, message: 'Annex A control 8.24 (Use of cryptography) is missing', data: { control: '8.24' } },
    { name: 'an empty SoA', change: (d) => { d.soa = []; }, count: 93 },
  ],
});

testRule('soa-justification-missing', {
  valid: [{ name: 'an exclusion with its justification', change: (d) => { d.soa[0] = { control: '5.1', applicable: false, justification: 'Covered by group policy' }; } }],
  invalid: [{ name: 'an exclusion without justification', change: (d) => { d.soa[0] = { control: '5.1', applicable: false }; }, message: 'Control 5.1 is excluded without a justification', at: 'false' }],
});

testRule('risk-control-excluded', {
  valid: [{ name: 'risks rely on applicable controls' }],
  invalid: [
    {
      name: 'a risk relying on an excluded control',
      change: (d) => { d.soa.find((entry: { control: string }) => entry.control === '5.15').applicable = false; d.soa.find((entry: { control: string }) => entry.control === '5.15').justification = 'n/a'; },
      count: 13,
      message: 'relies on control 5.15, which the SoA excludes',
    },
  ],
});

testRule('evidence-not-found', {
  valid: [
    { name: 'evidence that exists', change: (d) => { d.soa[0].evidence = ['docs/pssi.pdf']; }, options: { fileExists: (uri) => uri === 'file:///workspace/declaration/docs/pssi.pdf' } },
    { name: 'no file check available', change: (d) => { d.soa[0].evidence = ['docs/missing.pdf']; } },
  ],
  invalid: [
    { name: 'evidence that does not exist', change: (d) => { d.soa[0].evidence = ['docs/missing.pdf']; }, options: { fileExists: () => false }, message: '‘docs/missing.pdf’ does not exist', at: 'docs/missing.pdf' },
  ],
});

testRule('evidence-outside-workspace', {
  valid: [{ name: 'evidence inside', change: (d) => { d.soa[0].evidence = ['docs/pssi.pdf', './a/../b.pdf']; } }],
  invalid: [
    { name: 'a parent-folder escape', change: (d) => { d.soa[0].evidence = ['../../etc/passwd']; }, message: 'lies outside the workspace' },
    { name: 'an absolute path', change: (d) => { d.soa[0].evidence = ['/home/someone/pssi.pdf']; }, message: 'outside' },
    { name: 'a web address', change: (d) => { d.soa[0].evidence = ['https://intranet.example/pssi.pdf']; }, message: 'outside' },
  ],
});

testRule('contract-clause-missing', {
  valid: [{ name: 'all eleven clauses referenced' }],
  invalid: [
    { name: 'EXI-22 missing', change: (d) => { delete d.contract['EXI-22']; }, message: 'No contract reference for EXI-22', at: 'contract', data: { clause: 'EXI-22' } },
    { name: 'EXI-18 blank, reported on its key', change: (d) => { d.contract['EXI-18'] = ' '; }, at: 'EXI-18' },
    { name: 'an empty contract section', change: (d) => { d.contract = {}; }, count: 11 },
  ],
});
