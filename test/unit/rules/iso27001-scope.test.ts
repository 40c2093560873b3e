import { testRule } from '../ruleTester';

testRule('iso27001-scope', {
  valid: [{ name: 'covers the HDS scope' }],
  invalid: [{ name: 'does not cover the HDS scope', change: (d) => { d.certification.iso27001.covers_hds_scope = false; }, message: 'must cover the whole HDS scope', at: 'false' }],
});
