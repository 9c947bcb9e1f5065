"""Parley's knowledge generator: readers for the raw sources and the rules that merge them."""
