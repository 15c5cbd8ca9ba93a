// Slipway's JavaScript runner evaluates this script with the component's input in `input`;
// the value of the last expression is the output.
({ greeting: `Hello, ${input.name}!` });
