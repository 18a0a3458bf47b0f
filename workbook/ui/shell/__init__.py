"""The main window, its menus and settings: wires the feature views together."""
