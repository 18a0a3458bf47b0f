"""The Support tab: plans across clients, a plan's terms, notice and hours, its entries."""
