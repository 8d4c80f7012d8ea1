"""Everything OR-Tools: builds CP-SAT models from a frozen problem snapshot."""
