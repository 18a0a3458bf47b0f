"""The Clients tab: list, detail pane, client and contact dialogs and commands."""
