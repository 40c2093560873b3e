import { testRule } from '../ruleTester';

testRule('unknown-risk-event', {
  valid: [{ name: 'the clean declaration' }, { name: 'several scenarios', change: (d) => { d.risks[0].scenarios = ['B.a', 'B.b']; } }],
  invalid: [
    { name: 'a lower-case event', change: (d) => { d.risks[3].scenario = 'b.c'; }, message: "did you mean ‘B.c’?" },
    { name: 'an event that does not exist', change: (d) => { d.risks[0].scenario = 'Z'; }, message: "‘Z’ is not an EXI-05 risk event" },
  ],
});
