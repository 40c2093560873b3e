import { testRule } from '../ruleTester';

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
