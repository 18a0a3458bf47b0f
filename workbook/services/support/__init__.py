"""Support plans after the handover and the support entries that burn their included hours."""
