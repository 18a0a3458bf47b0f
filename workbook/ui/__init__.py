"""Everything Qt: main window, tabs, dialogs, models, widgets, undo, translations."""
