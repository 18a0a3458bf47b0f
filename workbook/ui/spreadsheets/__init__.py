"""Export and import from the window: file dialogs, progress, the import mapping dialog."""
