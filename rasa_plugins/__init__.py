"""Pieces that plug into the Rasa server: NLU components, the response generator, channels, the
server entry point (`rasa_plugins.server`, which installs the measured speed fixes in `rasa_speedups`
explicitly at start-up). Importing this package changes nothing in Rasa.

They are thin: the logic they call lives in `bot/`.
"""
