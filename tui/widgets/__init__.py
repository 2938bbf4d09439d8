"""Widgets of the reader: article text, lists, the claim bar and the range chart."""
