// Read once when the circuit starts (no resize listener, decision 036): a narrow screen starts with the menu closed.
export const isNarrow = () => window.matchMedia('(max-width: 959px)').matches;
