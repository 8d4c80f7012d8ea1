"""The phases of one solve (`solver.api.solve`), one module each, sharing a `state.Run`."""
