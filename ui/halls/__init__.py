"""Adding, duplicating, deleting and reordering halls: undo commands and the actions that
offer them in the Insert menu, the canvas's context menu and the hall list."""
